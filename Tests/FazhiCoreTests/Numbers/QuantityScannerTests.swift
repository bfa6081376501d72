import Testing
@testable import FazhiCore

/// One figure in a composed report sentence: the marked span must be read as exactly this quantity.
struct FigureCase: Sendable, CustomStringConvertible {
    var marked: String
    var value: Double
    var unit: String
    var approx: Approx? = nil
    var change: Double? = nil
    var base: String? = nil
    var upper: Double? = nil

    var description: String { marked }
}

struct QuantityScannerTests {
    @Test(arguments: [
        FigureCase(marked: "实现⟦1000余项⟧事项全程自助办理。", value: 1000, unit: "项", approx: .over),
        FigureCase(marked: "城市管理领域⟦400多项⟧职权中", value: 400, unit: "项", approx: .over),
        FigureCase(marked: "全年受理⟦近300件⟧", value: 300, unit: "件", approx: .under),
        FigureCase(marked: "培训执法人员⟦约50人⟧。", value: 50, unit: "人", approx: .about),
        FigureCase(marked: "满意率均⟦超过96%⟧,", value: 96, unit: "%", approx: .over),
        FigureCase(marked: "“一窗通办率”达⟦90%以上⟧。", value: 90, unit: "%", approx: .over),
        FigureCase(marked: "纳入检查率⟦不足80%⟧。", value: 80, unit: "%", approx: .under),
        FigureCase(marked: "数据共享资源目录⟦1.2万余条⟧,", value: 12000, unit: "条", approx: .over),
        FigureCase(marked: "汇聚高质量数据⟦3.7亿条⟧,", value: 370_000_000, unit: "条"),
        FigureCase(marked: "发放各类救助保障金⟦15495万元⟧。", value: 154_950_000, unit: "元"),
        FigureCase(marked: "推动⟦8.5亿元⟧问题金额得到落实", value: 850_000_000, unit: "元"),
        FigureCase(marked: "为群众挽回经济损失⟦1744万余元⟧。", value: 17_440_000, unit: "元", approx: .over),
        FigureCase(marked: "免费解答群众咨询⟦7.3万人次⟧,", value: 73000, unit: "人次"),
        FigureCase(marked: "开展法治实践⟦8万余次⟧。", value: 80000, unit: "次", approx: .over),
        FigureCase(marked: "参考率达到⟦百分之九十⟧", value: 90, unit: "%"),
        FigureCase(marked: "误差控制在⟦百分之一点五七以内⟧", value: 1.57, unit: "%", approx: .under),
        FigureCase(marked: "组织召开⟦两次⟧权责清单联席会议", value: 2, unit: "次"),
        FigureCase(marked: "办理涉企案件⟦十余件⟧", value: 10, unit: "件", approx: .over),
        FigureCase(marked: "培训⟦一万二千名⟧干部", value: 12000, unit: "名"),
        FigureCase(marked: "网上信访占比⟦69.29%⟧,", value: 69.29, unit: "%"),
        FigureCase(marked: "办复率⟦100%⟧。", value: 100, unit: "%"),
        FigureCase(marked: "行政复议受案量是行政诉讼案件量的⟦2.4倍⟧,", value: 2.4, unit: "倍"),
        FigureCase(marked: "每个社区配备⟦3至5名⟧法律顾问", value: 3, unit: "名", upper: 5),
        FigureCase(marked: "每月开展⟦3-5次⟧普法宣传", value: 3, unit: "次", upper: 5),
        FigureCase(marked: "每村配备⟦三至五名⟧调解员", value: 3, unit: "名", upper: 5),
        FigureCase(marked: "覆盖群众⟦1至2万人⟧", value: 10000, unit: "人", upper: 20000),
        FigureCase(marked: "每年抽查⟦一至三次⟧", value: 1, unit: "次", upper: 3),
        FigureCase(marked: "开展培训⟦3到5期⟧", value: 3, unit: "期", upper: 5),
        FigureCase(marked: "抽查比例为⟦5%-10%⟧。", value: 5, unit: "%", upper: 10),
        FigureCase(marked: "新接收政府信息公开申请同比增长⟦77%⟧,", value: 77, unit: "%", change: 77, base: "同比"),
        FigureCase(marked: "行政机关败诉率下降⟦8.4%⟧,", value: 8.4, unit: "%", change: -8.4),
        FigureCase(marked: "比较去年同比提升⟦14.2%⟧。", value: 14.2, unit: "%", change: 14.2, base: "同比"),
        FigureCase(marked: "群众跑动减少⟦12次⟧", value: 12, unit: "次", change: -12),
        FigureCase(marked: "案件量增长⟦2.4倍⟧", value: 2.4, unit: "倍", change: 2.4),
        FigureCase(marked: "信访总量下降⟦5.4%⟧。", value: 5.4, unit: "%", change: -5.4),
        FigureCase(marked: "收案数较上年增长⟦20%⟧", value: 20, unit: "%", change: 20, base: "上年"),
        FigureCase(marked: "比去年同期下降了⟦3.5个百分点⟧", value: 3.5, unit: "百分点", change: -3.5, base: "上年"),
        FigureCase(marked: "环比增⟦12%⟧", value: 12, unit: "%", change: 12, base: "环比"),
        FigureCase(marked: "同比增长⟦约20%⟧", value: 20, unit: "%", approx: .about, change: 20, base: "同比"),
        FigureCase(marked: "败诉率降至⟦5%⟧", value: 5, unit: "%"),
        FigureCase(marked: "公职律师新增⟦17人⟧,", value: 17, unit: "人"),
        FigureCase(marked: "网上预约⟦3次⟧", value: 3, unit: "次"),
        FigureCase(marked: "收到申请⟦１２３件⟧", value: 123, unit: "件"),
        FigureCase(marked: "合格率⟦95％⟧", value: 95, unit: "%"),
        FigureCase(marked: "主动公开信息⟦1,234条⟧", value: 1234, unit: "条"),
        FigureCase(marked: "投入资金⟦100余万元⟧", value: 1_000_000, unit: "元", approx: .over),
        FigureCase(marked: "服务群众⟦十余万人⟧", value: 100_000, unit: "人", approx: .over),
        FigureCase(marked: "历时⟦3个多月⟧", value: 3, unit: "个月", approx: .over),
        FigureCase(marked: "差错率⟦千分之五⟧", value: 5, unit: "‰"),
        FigureCase(marked: "到场群众⟦30来人⟧", value: 30, unit: "人", approx: .about),
        FigureCase(marked: "每次抽查⟦3家以上⟧", value: 3, unit: "家", approx: .over),
        FigureCase(marked: "办理时限压缩至⟦5个工作日以内⟧", value: 5, unit: "工作日", approx: .under),
        FigureCase(marked: "组织⟦120名⟧单位主要负责同志", value: 120, unit: "名"),
        FigureCase(marked: "整合全区⟦56支⟧应急救援队伍", value: 56, unit: "支"),
        FigureCase(marked: "受案量增长⟦一倍⟧", value: 1, unit: "倍", change: 1),
        FigureCase(marked: "历时⟦3个季度⟧", value: 3, unit: "季度"),
        FigureCase(marked: "提前⟦3天⟧完成", value: 3, unit: "天"),
        FigureCase(marked: "在全市首设⟦24小时⟧“政务无人超市”", value: 24, unit: "小时"),
        FigureCase(marked: "收到⟦壹仟零壹件⟧", value: 1001, unit: "件"),
        FigureCase(marked: "走访⟦百余家⟧企业", value: 100, unit: "家", approx: .over),
        FigureCase(marked: "培训⟦近千人⟧", value: 1000, unit: "人", approx: .under),
        FigureCase(marked: "发放宣传资料⟦万余份⟧", value: 10000, unit: "份", approx: .over),
        FigureCase(marked: "服务企业⟦超百家⟧", value: 100, unit: "家", approx: .over),
        FigureCase(marked: "挽回损失⟦百余万元⟧", value: 1_000_000, unit: "元", approx: .over),
        FigureCase(marked: "投入⟦十多万元⟧", value: 100_000, unit: "元", approx: .over),
        FigureCase(marked: "全区生产总值增长⟦6.5%⟧", value: 6.5, unit: "%", change: 6.5),
        FigureCase(marked: "召开区政府常务会议⟦24次⟧,", value: 24, unit: "次"),
        FigureCase(marked: "联合检查涉及⟦13部门⟧", value: 13, unit: "部门"),
    ])
    func readsFigure(_ c: FigureCase) throws {
        let marked = MarkedText(c.marked)
        let found = marked.scan()
        try #require(found.count == 1, "\(found.map(\.summary))")
        let q = found[0]
        #expect(q.range == marked.spans[0], "\(q.summary)")
        #expect(q.value == c.value)
        #expect(q.unit == c.unit)
        #expect(q.approx == c.approx)
        #expect(q.change == c.change)
        #expect(q.changeBase == c.base)
        #expect(q.upperValue == c.upper)
    }

    @Test func figuresOfOneSentenceStayApart() {
        let marked = MarkedText("全区共收到行政复议申请⟦24件⟧,受理⟦24件⟧,年内审结⟦22件⟧。纠错⟦35件⟧,纠错率⟦21.08%⟧。")
        let found = marked.scan()
        #expect(found.map(\.range) == marked.spans)
        #expect(found.map(\.value) == [24, 24, 22, 35, 21.08])
    }

    @Test func aListSharesItsChange() {
        let marked = MarkedText("电诈发案、损失金额同比分别下降⟦63.4%⟧、⟦67.5%⟧。")
        let found = marked.scan()
        #expect(found.map(\.range) == marked.spans)
        #expect(found.map(\.change) == [-63.4, -67.5])
        #expect(found.map(\.changeBase) == ["同比", "同比"])
    }

    @Test func traditionalFiguresKeepTheirOriginalText() throws {
        let marked = MarkedText("為群眾挽回經濟損失⟦1744萬餘元⟧。免費解答群眾諮詢⟦7.3萬人次⟧,開展法治實踐⟦8萬餘次⟧。")
        let found = marked.scan(traditional: true)
        #expect(found.map(\.range) == marked.spans)
        #expect(found.map(\.text) == ["1744萬餘元", "7.3萬人次", "8萬餘次"])
        #expect(found.map(\.value) == [17_440_000, 73000, 80000])
        #expect(found.map(\.approx) == [.over, nil, .over])
    }

    @Test func sentenceIsTheFiguresSentence() throws {
        let text = "一、主要举措\n  全年办理案件12件。其中调解3件。"
        let found = QuantityScanner.shared.scan(text)
        let scalars = Array(text.unicodeScalars)
        let sentences = found.compactMap(\.sentence).map { String(String.UnicodeScalarView(scalars[$0.asRange])) }
        #expect(sentences == ["全年办理案件12件。", "其中调解3件。"])
    }

    @Test func thousandsSeparatorsAreConservative() {
        #expect(QuantityScanner.shared.scan("收到申请24件,受理245件").map(\.value) == [24, 245])
        #expect(QuantityScanner.shared.scan("编号24,245").isEmpty)
        #expect(QuantityScanner.shared.scan("共12，345件").map(\.value) == [345])
        #expect(QuantityScanner.shared.scan("共12,345,678元").map(\.value) == [12_345_678])
    }
}
