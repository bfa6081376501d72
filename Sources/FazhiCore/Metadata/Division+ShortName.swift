extension Division {
    /// The name without its generic part, as people write it: 怀柔区 → 怀柔, 北京市 → 北京,
    /// 内蒙古自治区 → 内蒙古, 广西壮族自治区 → 广西, 恩施土家族苗族自治州 → 恩施, 神农架林区 → 神农架.
    ///
    /// A suffix (and an autonomous unit's ethnic names) is dropped only when at least two characters
    /// remain, so 和县, 城区 and 西藏自治区 (→ 西藏) keep what makes them a name.
    public var shortName: String {
        Self.shortName(of: name)
    }

    /// The other names the division goes by: its short name, and for an autonomous prefecture the
    /// common 恩施州 form. Excludes the full name.
    public var aliases: [String] {
        let short = shortName
        var names = short == name ? [] : [short]
        if level == .city, name.hasSuffix("自治州"), short != name { names.append(short + "州") }
        if level == .county, name.hasSuffix("自治县"), short != name { names.append(short + "县") }
        if level == .county, name.hasSuffix("自治旗"), short != name { names.append(short + "旗") }
        return names
    }

    /// The names besides the full one that are distinctive enough to find in free text: an
    /// autonomous unit's everyday name (昌吉州, 张家川县, 莫力达瓦旗), three characters or more.
    public var freeTextAliases: [String] {
        aliases.filter { alias in
            alias.unicodeScalars.count >= 3 && (alias.hasSuffix("州") || alias.hasSuffix("县") || alias.hasSuffix("旗"))
                && alias != shortName
        }
    }

    static func shortName(of name: String) -> String {
        let scalars = Array(name.unicodeScalars)
        if let autonomy = scalars.indices.dropLast().first(where: { scalars[$0] == "自" && scalars[$0 + 1] == "治" }) {
            return String(scalars: withoutEthnicNames(scalars[..<autonomy]))
        }
        for suffix in genericSuffixes where scalars.count - suffix.count >= 2 && scalars[...].hasSuffix(suffix) {
            return String(scalars: scalars.dropLast(suffix.count))
        }
        return name
    }

    /// Drops trailing ethnic names: 恩施土家族苗族 → 恩施, 积石山保安族东乡族撒拉族 → 积石山, 龙胜各族 → 龙胜.
    private static func withoutEthnicNames(_ base: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var base = base
        while true {
            var next = base
            if next.last == "族" { next = next.dropLast() }
            if let ethnic = ethnicNames.first(where: { next.hasSuffix($0) }),
               next.count - ethnic.count >= 2,
               ethnic.count >= 2 || next.count < base.count {
                next = next.dropLast(ethnic.count)
            }
            guard next.count < base.count, next.count >= 2 else { return base }
            base = next
        }
    }

    /// Generic endings of division names, longest first.
    private static let genericSuffixes: [[Unicode.Scalar]] = [
        "特别行政区", "地区", "林区", "特区", "新区", "矿区", "省", "市", "区", "县", "旗", "盟",
    ].map { Array($0.unicodeScalars) }

    /// The 55 minority nationalities as they appear in autonomous units' names (without 族), plus 各
    /// (龙胜各族自治县); longest first so 土家 is tried before 土.
    private static let ethnicNames: [[Unicode.Scalar]] = [
        "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
        "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
        "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
        "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
        "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各",
    ].map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
}

extension ArraySlice where Element == Unicode.Scalar {
    /// Whether the slice ends with `suffix`.
    func hasSuffix(_ suffix: [Unicode.Scalar]) -> Bool {
        guard suffix.count <= count else { return false }
        return zip(self[(endIndex - suffix.count)...], suffix).allSatisfy { $0 == $1 }
    }
}
