/// Chinese labels for the values an analysis shows to people.
public enum Labels {
    public static func part(_ kind: PartKind) -> String {
        switch kind {
        case .measures: "主要举措和成效"
        case .shortcomings: "存在的不足和原因"
        case .leadership: "第一责任人履职情况"
        case .plan: "下一年度主要安排"
        case .other: "其他情况"
        }
    }

    public static func level(_ level: GovernmentLevel?) -> String {
        switch level {
        case .province: "省级"
        case .city: "市级"
        case .district: "县(区)级"
        case .township: "乡镇(街道)"
        case .department: "政府部门"
        case nil: "—"
        }
    }

    public static func severity(_ s: Severity) -> String {
        switch s {
        case .error: "错误"
        case .warning: "警告"
        case .notice: "提示"
        }
    }

    public static func script(_ s: Script) -> String { s == .simplified ? "简体" : "繁体" }

    public static func approx(_ a: Approx?) -> String {
        switch a {
        case .over: "以上"
        case .under: "不足"
        case .about: "约"
        case nil: ""
        }
    }

    /// A value without a needless `.0`: 12000, 21.08.
    public static func number(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return String(v)
    }

    /// A figure as read: `12000条(以上)`, `-8.4%(变化)`.
    public static func figure(_ q: Quantity) -> String {
        var s = number(q.value)
        if let upper = q.upperValue { s += "–" + number(upper) }
        s += q.unit ?? ""
        if let change = q.change { s = (change >= 0 ? "+" : "") + number(change) + (q.unit ?? "") + " " + (q.changeBase ?? "变化") }
        let a = approx(q.approx)
        return a.isEmpty ? s : "\(s)(\(a))"
    }
}
