/// A government body placed in the gazetteer: who it is, where, and at what level.
///
/// 怀柔区司法局 → division 怀柔区, department 司法局, jurisdiction 北京市怀柔区, level `department`;
/// 望京街道办事处 → township 望京街道, jurisdiction 北京市朝阳区望京街道, level `township`.
public struct GovernmentUnit: Sendable, Hashable {
    /// The division whose government this is or belongs to (for a township, its county).
    public var division: Division
    /// The township-level unit (乡、镇、街道、苏木), with its suffix: 望京街道, 汤河口镇.
    public var township: String?
    /// What follows the division's name when it is a department: 司法局, 发展和改革委员会.
    public var department: String?
    /// The completed jurisdiction: 北京市朝阳区望京街道, 福建省厦门市海沧区, 北京市.
    public var jurisdiction: String
    public var level: GovernmentLevel

    public init(division: Division, township: String?, department: String?, jurisdiction: String, level: GovernmentLevel) {
        self.division = division
        self.township = township
        self.department = department
        self.jurisdiction = jurisdiction
        self.level = level
    }
}
