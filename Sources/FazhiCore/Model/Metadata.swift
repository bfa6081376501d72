/// The level of government a report speaks for.
public enum GovernmentLevel: String, Sendable, Codable, Hashable, CaseIterable {
    case province, city, district, township, department
}

/// The script of the input text.
public enum Script: String, Sendable, Codable, Hashable {
    case simplified, traditional
}

/// What a report says about itself. Strings are in Simplified Chinese; missing values are `nil`.
public struct Metadata: Sendable, Hashable, Codable {
    public var title: String?
    public var issuer: String?
    /// Completed from the gazetteer: 北京市怀柔区 even where the text says only 懷柔區.
    public var jurisdiction: String?
    public var level: GovernmentLevel?
    public var reportYear: Int?
    /// `YYYY-MM-DD`, from 发布时间/日期 labels.
    public var publishedOn: String?
    /// `YYYY-MM-DD`, from the 落款.
    public var signedOn: String?
    /// 文号, e.g. 厦海政〔2021〕26号.
    public var documentNumber: String?
    /// 索引号.
    public var indexNumber: String?
    /// 主送机关, e.g. 海沧区人大常委会.
    public var addressee: String?
    public var script: Script

    public init(script: Script = .simplified) {
        self.script = script
    }

    /// The fields a supervisor expects every report to state.
    public static let expectedFields = ["title", "issuer", "reportYear"]
}
