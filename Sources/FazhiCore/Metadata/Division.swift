/// The level of an administrative division: 省级, 地级, 县级.
public enum DivisionLevel: String, Sendable, Codable, Hashable, CaseIterable {
    /// 省、自治区、直辖市 (北京市 is a province-level unit).
    case province
    /// 地级市、地区、自治州、盟.
    case city
    /// 市辖区、县、县级市、旗、自治县、林区、特区.
    case county

    /// The level of the government that runs a division of this level (a county-level unit is a `district`).
    public var governmentLevel: GovernmentLevel {
        switch self {
        case .province: .province
        case .city: .city
        case .county: .district
        }
    }
}

/// One administrative division of the gazetteer, e.g. 怀柔区 (110116, county, parent 110000 北京市).
///
/// Placeholder levels of the official code table (市辖区, 县, 省直辖县级行政区划) are not divisions: a
/// municipality's districts and a province's directly administered cities have the province as parent.
public struct Division: Sendable, Hashable, Codable {
    /// The 6-digit administrative division code (行政区划代码), e.g. `110116`.
    public var code: String
    /// The full official name, e.g. 怀柔区, 厦门市, 广西壮族自治区, 恩施土家族苗族自治州.
    public var name: String
    public var level: DivisionLevel
    /// The code of the division this one belongs to; `nil` for a province-level unit.
    public var parentCode: String?

    public init(code: String, name: String, level: DivisionLevel, parentCode: String?) {
        self.code = code
        self.name = name
        self.level = level
        self.parentCode = parentCode
    }

    /// Whether this is one of the four municipalities (直辖市) 北京, 天津, 上海, 重庆.
    public var isMunicipality: Bool {
        level == .province && name.hasSuffix("市")
    }

    /// Reads a `code<TAB>name<TAB>level<TAB>parent` row of `gazetteer.tsv` (UTF-8); `nil` when malformed.
    init?(row: ArraySlice<UInt8>) {
        let fields = row.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
        guard fields.count >= 4,
              fields[0].count == 6, fields[0].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              !fields[1].isEmpty,
              let level = DivisionLevel(rawValue: String(decoding: fields[2], as: UTF8.self))
        else { return nil }
        self.init(
            code: String(decoding: fields[0], as: UTF8.self),
            name: String(decoding: fields[1], as: UTF8.self),
            level: level,
            parentCode: fields[3].isEmpty ? nil : String(decoding: fields[3], as: UTF8.self)
        )
    }
}
