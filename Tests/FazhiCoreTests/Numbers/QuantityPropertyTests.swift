import PropertyBased
import Testing
@testable import FazhiCore

/// Random figures, written as reports write them and embedded in composed sentences, scan back.
struct QuantityPropertyTests {
    /// How a figure's numeral is written.
    enum Writing: CaseIterable, Sendable {
        case arabic, scaled, chinese
    }

    struct Qualifier: Sendable {
        var before = ""
        var between = ""
        var after = ""
        var approx: Approx?
    }

    static let qualifiers: [Qualifier] = [
        Qualifier(), Qualifier(before: "近", approx: .under), Qualifier(before: "约", approx: .about),
        Qualifier(before: "超过", approx: .over), Qualifier(before: "不足", approx: .under),
        Qualifier(between: "余", approx: .over), Qualifier(between: "多", approx: .over),
        Qualifier(after: "以上", approx: .over), Qualifier(after: "左右", approx: .about),
    ]
    static let units = ["件", "项", "次", "人次", "名", "场次", "条", "家", "个", "元", "期", "份", "起"]
    static let leads = ["全年办理", "累计开展", "全区共受理", "其中调解成功", "组织培训", "主动公开信息", "年内审结"]
    static let tails = ["。", ",同比持平。", ",群众满意度进一步提升。", ";", "\n"]
    static let traps = [
        "深入落实“三项制度”", "贯彻十九届五中全会精神", "履行第一责任人职责", "连续6年排名全市第一", "12345热线诉求办结",
        "2021年1月29日", "建设370兆指挥通信网", "根据厅字〔2019〕28号", "推进一网通办", "做好八五普法规划",
        "落实纲要(2021-2025年)", "“十四五”期间", "一是强化监督", "形成一批经验", "2021-03-31 10:00",
    ]

    static func write(_ n: Int, _ writing: Writing) -> String {
        switch writing {
        case .arabic: return String(n)
        case .scaled: return ScaledFigure.write(n, scale: n >= 100_000_000 ? 8 : 4)
        case .chinese: return ChineseNumeral.write(n)
        }
    }

    @Test func figuresInSentencesScanBack() async {
        await propertyCheck(
            count: 400,
            input: Gen.int(in: 2...999_999_999), Gen<Writing>.case, Gen.element(of: Self.qualifiers),
            Gen.element(of: Self.units), Gen.element(of: Self.leads), Gen.element(of: Self.tails)
        ) { n, writing, qualifier, unit, lead, tail in
            guard let qualifier, let unit, let lead, let tail else { return }
            let writing = writing == .scaled && n < 10_000 ? .arabic : writing
            let figure = qualifier.before + Self.write(n, writing) + qualifier.between + unit + qualifier.after
            let text = lead + figure + tail
            let found = QuantityScanner.shared.scan(text)
            try #require(found.count == 1, "\(text): \(found.map(\.summary))")
            let q = found[0]
            let start = lead.unicodeScalars.count
            #expect(q.range == TextRange(start: start, end: start + figure.unicodeScalars.count), "\(text)")
            #expect(q.text == figure)
            #expect(q.value == Double(n), "\(text)")
            #expect(q.unit == unit)
            #expect(q.approx == qualifier.approx, "\(text)")
            #expect(q.upperValue == nil)
        }
    }

    @Test func percentagesScanBack() async {
        await propertyCheck(
            count: 300, input: Gen.int(in: 0...10_000), Gen.element(of: Self.qualifiers), Gen.element(of: Self.leads)
        ) { hundredths, qualifier, lead in
            guard let qualifier, let lead, qualifier.between.isEmpty else { return }
            let written = hundredths % 100 == 0 ? "\(hundredths / 100)" : ScaledPercent.write(hundredths)
            let figure = qualifier.before + written + "%" + qualifier.after
            let found = QuantityScanner.shared.scan(lead + "率" + figure + "。")
            try #require(found.count == 1, "\(figure): \(found.map(\.summary))")
            #expect(found[0].text == figure)
            #expect(found[0].value == Double(hundredths) / 100, "\(figure)")
            #expect(found[0].unit == "%")
            #expect(found[0].approx == qualifier.approx)
        }
    }

    @Test func rangesScanBack() async {
        await propertyCheck(
            count: 300, input: Gen.int(in: 2...9_999), Gen.int(in: 1...9_999), Gen.element(of: Self.units),
            Gen.element(of: ["至", "-", "~", "到"])
        ) { low, width, unit, connector in
            guard let unit, let connector else { return }
            let figure = "\(low)\(connector)\(low + width)\(unit)"
            let found = QuantityScanner.shared.scan("每年开展" + figure + "。")
            try #require(found.count == 1, "\(figure): \(found.map(\.summary))")
            #expect(found[0].text == figure)
            #expect(found[0].value == Double(low))
            #expect(found[0].upperValue == Double(low + width))
            #expect(found[0].unit == unit)
        }
    }

    @Test func listedFiguresStayApart() async {
        await propertyCheck(
            count: 300, input: Gen.int(in: 2...99_999).array(of: 3), Gen<Writing>.case
        ) { values, writing in
            let written = values.map { Self.write($0, writing == .scaled && $0 < 10_000 ? .arabic : writing) }
            let text = "收到行政复议申请\(written[0])件,受理\(written[1])件,年内审结\(written[2])件。"
            let found = QuantityScanner.shared.scan(text)
            #expect(found.map(\.value) == values.map(Double.init), "\(text)")
        }
    }

    @Test func trapsBesideAFigureAddNothing() async {
        await propertyCheck(
            count: 300, input: Gen.int(in: 2...999_999), Gen.element(of: Self.traps), Gen.element(of: Self.traps),
            Gen.element(of: Self.units)
        ) { n, before, after, unit in
            guard let before, let after, let unit else { return }
            let text = before + ",全年办理" + String(n) + unit + "," + after + "。"
            let found = QuantityScanner.shared.scan(text)
            #expect(found.map(\.text) == [String(n) + unit], "\(text)")
        }
    }
}

/// 1234 hundredths → `12.34`.
enum ScaledPercent {
    static func write(_ hundredths: Int) -> String {
        var fraction = String(hundredths % 100)
        if fraction.count == 1 { fraction = "0" + fraction }
        if fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(hundredths / 100).\(fraction)"
    }
}
