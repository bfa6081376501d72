import Testing
@testable import FazhiCore

/// A composed report sentence with its traps marked `⟦…⟧`: no quantity may overlap a trap, and
/// exactly the figures listed in `found` (by their text) are read.
struct TrapCase: Sendable, CustomStringConvertible {
    var marked: String
    var found: [String] = []
    var description: String { marked }
}

struct QuantityTrapTests {
    static let names: [TrapCase] = [
        TrapCase(marked: "深入贯彻落实行政执法⟦“三项制度”⟧,全年办理行政处罚案件107件。", found: ["107件"]),
        TrapCase(marked: "全面推行行政执法⟦三项制度⟧,开展专项督查3次。", found: ["3次"]),
        TrapCase(marked: "全区⟦“1+3+X”⟧述法工作格局持续深化,⟦1+3+X⟧模式。"),
        TrapCase(marked: "用好⟦“一办四组”⟧工作平台,召开会议10次。", found: ["10次"]),
        TrapCase(marked: "⟦“十四五”⟧法治规划稳步落实,⟦十四五⟧期间新建站点12个。", found: ["12个"]),
        TrapCase(marked: "前瞻谋划⟦“十五五”⟧规划,⟦十五五⟧时期,⟦十三五⟧以来。"),
        TrapCase(marked: "认真做好⟦八五普法⟧规划工作,今年是⟦“八五”⟧普法启动之年,完成⟦七五普法⟧验收。"),
        TrapCase(marked: "全面贯彻党的⟦十九届五中全会⟧精神。"),
        TrapCase(marked: "贯彻党的⟦十九⟧大和⟦十九届二中、三中、四中、五中全会⟧精神。"),
        TrapCase(marked: "学习贯彻党的⟦二十届三中全会⟧精神和⟦党的二十大⟧精神,⟦十九大⟧以来。"),
        TrapCase(marked: "履行推进法治建设⟦第一责任人⟧职责,引入⟦第三方⟧评估。"),
        TrapCase(marked: "共享资源目录1.2万余条,位居各区⟦第一⟧,排名⟦第3⟧,排名全市⟦前10位⟧。", found: ["1.2万余条"]),
        TrapCase(marked: "⟦一是⟧深化改革;⟦二是⟧加强执法;⟦三是⟧强化监督。"),
        TrapCase(marked: "⟦一、⟧主要举措和成效\n⟦(一)⟧依法全面履行政府职能\n⟦1.⟧优化营商环境\n⟦（1）⟧人员培训"),
        TrapCase(marked: """
            打通⟦一网通办⟧堵点,打造⟦一站式⟧服务,深化⟦一件事⟧改革,推进⟦一体化⟧监管,⟦一把手⟧带头,⟦一对一⟧指导,\
            实施⟦一企一策⟧,推行⟦五步法⟧,提供⟦五大服务⟧,构建⟦三位一体⟧督察模式,坚决做到⟦两个维护⟧,\
            协调推进⟦四个全面⟧战略布局,统筹推进⟦五位一体⟧总体布局,落实⟦三重一大⟧制度,推行⟦双随机、一公开⟧监管。
            """),
        TrapCase(marked: "北京市门头沟区人民政府\n⟦2021年1月29日⟧\n⟦2021年⟧,⟦2020年度⟧,⟦1月⟧至⟦12月31日⟧。"),
        TrapCase(marked: "日期:⟦2021-03-31⟧ ⟦10:00⟧ 来源:区政府,发布时间:⟦2024-02-28⟧ ⟦17:34⟧"),
        TrapCase(marked: "结合⟦“12·4”⟧国家宪法日,借助⟦12.4⟧国家宪法日,⟦12·4⟧宪法宣传周,⟦3·15⟧消费者权益日,⟦4·15⟧全民国家安全教育日。"),
        TrapCase(marked: "《实施纲要⟦(2015-2020年)⟧》,纲要⟦(2021-2025年)⟧,纲要⟦20212025年⟧任务分工,三年行动计划⟦(2023—2025年)⟧。"),
        TrapCase(marked: "针对⟦“12345”⟧热线诉求,⟦12345⟧热线,⟦12345市民服务热线⟧诉求办理,拨打⟦12348⟧公共法律服务热线。"),
        TrapCase(marked: "建设覆盖城区的⟦370兆⟧指挥通信网,⟦350兆⟧数字集群,⟦1.4G⟧专网。"),
        TrapCase(marked: "厅字⟦〔2019〕28号⟧,厦海政⟦〔2021〕26号⟧,京政发⟦[2021]⟧⟦5号⟧,⟦第24号令⟧。"),
        TrapCase(marked: "印发⟦《北京市2021年12项重点任务》⟧,落实⟦《2020年法治政府建设工作要点》⟧。"),
        TrapCase(marked: "索引号:⟦XM04100-01-03-2021-001⟧"),
        TrapCase(marked: "环境质量指数⟦连续9年⟧排名全市⟦前三⟧,⟦连续6年⟧获评优秀,⟦连续三届⟧获评,⟦连续5年⟧“双下降”。"),
        TrapCase(marked: "上线⟦APP 2.0⟧版本,建成⟦5G⟧基站30个,⟦A类⟧企业,⟦4A级⟧景区,⟦V2.0⟧。", found: ["30个"]),
        TrapCase(marked: "联系电话:⟦010-69842345⟧,邮编:⟦101400⟧,手机⟦13800138000⟧。"),
        TrapCase(marked: "实现⟦“100%全覆盖”⟧,打造⟦“五个领域”⟧,深入推进⟦“法律六进”⟧,⟦“平安三率”⟧。"),
        TrapCase(marked: "统一⟦零售⟧价,全国⟦两会⟧,下午⟦两点半⟧,⟦三四十人⟧,⟦一两个⟧,⟦两三家⟧。"),
        TrapCase(marked: "形成了⟦一套⟧依法调处机制,⟦一批⟧先进经验,实现⟦零投诉⟧,由⟦一支⟧执法队伍承担。"),
        TrapCase(marked: "法润⟦万家⟧,走进⟦千家万户⟧,受理⟦数十件⟧,⟦上千人⟧参加,⟦几十个⟧,⟦十几个⟧,⟦千方百计⟧。"),
        TrapCase(marked: "整合全区56支应急救援队⟦伍⟧,提升队⟦伍⟧能力,⟦陆⟧续开展。", found: ["56支"]),
        TrapCase(marked: "⟦三家店⟧村,⟦七台河⟧市,⟦五台山⟧。"),
        TrapCase(marked: "实施提升行政执法质量⟦三年行动⟧计划,⟦5年规划⟧。"),
        TrapCase(marked: "全面梳理⟦近两年⟧各政府部门文件,⟦最近3个月⟧,⟦过去5年⟧。"),
        TrapCase(marked: "⟦三分之一⟧以上,⟦三分之二⟧。"),
        TrapCase(marked: "落实中央⟦八项规定⟧精神,增强⟦四个意识⟧。"),
        TrapCase(marked: "上午⟦9点30分⟧,⟦9时⟧。"),
        TrapCase(marked: "IE版本小于⟦11⟧,为了不影响您的浏览"),
        TrapCase(marked: "庆祝建党⟦100周年⟧。"),
        TrapCase(marked: "严肃社区⟦“两委”⟧换届纪律,选优配强⟦两委⟧班子。"),
        TrapCase(marked: "空气重污染天数⟦11年来⟧首次⟦“归零”⟧,⟦两年半⟧,⟦三年来⟧累计办结,⟦3个月来⟧。"),
        TrapCase(marked: "⟦第一⟧批,⟦第3次⟧会议,⟦第24条⟧。"),
        TrapCase(marked: "⟦二〇二一年一月⟧,⟦二零二一年⟧。"),
        TrapCase(marked: "区⟦十六届人大五次会议⟧审议通过,区委⟦十三届九次全会⟧,区政协⟦十届三次会议⟧。"),
        TrapCase(marked: "获评⟦前3名⟧,截至⟦21年底⟧,⟦2022年上半年⟧。"),
        TrapCase(marked: "推进⟦二期工程⟧,开展⟦二次⟧开发,接种⟦二类⟧疫苗。"),
        TrapCase(marked: "区⟦四套班子⟧领导,落实⟦两个责任⟧,⟦三元桥⟧,⟦五棵松⟧。"),
        TrapCase(marked: "服务⟦百姓⟧,⟦上百家⟧企业,⟦数百人⟧,⟦成千上万⟧群众。"),
        TrapCase(marked: "提供⟦7×24小时⟧服务,⟦PM2.5⟧平均浓度38微克/立方米,⟦5+2⟧模式。"),
        TrapCase(marked: "⟦六一⟧儿童节,⟦三八⟧妇女节,⟦五一⟧劳动节,⟦9·9⟧公益日,⟦第31个⟧世界无烟日。"),
        TrapCase(marked: "依据行政诉讼法⟦第三十四条⟧、民法典⟦第1165条⟧,条例⟦第二十条⟧。"),
        TrapCase(marked: "⟦十年磨一剑⟧,⟦一年一度⟧,⟦一季度⟧。"),
    ]

    static let traditional: [TrapCase] = [
        TrapCase(marked: "懷柔區委依法治區委及⟦“一辦四組”⟧機構設置,構建⟦“三位一體”⟧督察模式。"),
        TrapCase(marked: "⟦12345市民服務熱線⟧訴求響應率、解決率、滿意率均超過96%。", found: ["超過96%"]),
        TrapCase(marked: "建設覆蓋城區的⟦370兆⟧指揮通信網並配套建設。"),
        TrapCase(marked: "全面貫徹落實黨的⟦二十大⟧、⟦二十屆二中、三中全會⟧精神。"),
        TrapCase(marked: "未訴先辦綜合成績⟦連續6年⟧排名全市前列,⟦“十四五”⟧以來碳排放強度下降14.6%。", found: ["14.6%"]),
        TrapCase(marked: "全區⟦“1+3+X”⟧述法工作格局持續深化,為群眾挽回經濟損失1744萬餘元。", found: ["1744萬餘元"]),
        TrapCase(marked: "提升行政執法品質⟦三年⟧行動計劃,61項工作任務有序落實。", found: ["61項"]),
        TrapCase(marked: "生態環境品質指數⟦連續9年⟧排名全市⟦前三⟧,履行⟦第一責任人⟧職責。"),
        TrapCase(marked: "⟦2024年⟧,懷柔區借助⟦“12·4”⟧國家憲法日,召開各類會議10次。", found: ["10次"]),
        TrapCase(marked: "打通⟦“一網通辦”⟧堵點,深化⟦一體化⟧綜合監管,全面梳理⟦近兩年⟧各政府部門文件。"),
    ]

    @Test(arguments: names)
    func trapsAreNoQuantities(_ c: TrapCase) {
        check(c, traditional: false)
    }

    @Test(arguments: traditional)
    func traditionalTrapsAreNoQuantities(_ c: TrapCase) {
        check(c, traditional: true)
    }

    private func check(_ c: TrapCase, traditional: Bool) {
        let marked = MarkedText(c.marked)
        let found = marked.scan(traditional: traditional)
        for trap in marked.spans {
            let hits = found.filter { $0.range.overlaps(trap) }
            #expect(hits.isEmpty, "trap \(trap) overlapped by \(hits.map(\.summary))")
        }
        #expect(found.map(\.text) == c.found, "\(found.map(\.summary))")
    }
}
