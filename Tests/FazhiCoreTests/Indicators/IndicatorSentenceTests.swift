import Foundation
import Testing
@testable import FazhiCore

/// Every catalog indicator, found in sentences composed in the style of real reports (not copied
/// from the samples), in simplified script and converted to traditional script.
struct IndicatorSentenceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var sentence: String
        /// (indicator, value) pairs the sentence must yield, in order.
        var expected: [(String, Double)]
        var testDescription: String { String(sentence.prefix(24)) }
    }

    static let cases: [Case] = [
        Case(sentence: "全年共收到行政复议申请156件,依法受理142件,审结131件,其中撤销、确认违法等纠错19件,综合纠错率14.5%。",
             expected: [("reconsideration.received", 156), ("reconsideration.accepted", 142),
                        ("reconsideration.concluded", 131), ("reconsideration.corrected", 19),
                        ("reconsideration.correction_rate", 14.5)]),
        Case(sentence: "市政府作为被告的一审行政诉讼案件38件,行政机关负责人出庭应诉52人次,出庭应诉率达到98.6%,行政诉讼败诉率同比下降3.2%。",
             expected: [("litigation.cases", 38), ("litigation.head_appearances", 52),
                        ("litigation.head_appearance_rate", 98.6), ("litigation.loss_rate", 3.2)]),
        Case(sentence: "坚持出庭应诉常态化,全年行政机关负责人100%出庭应诉。",
             expected: [("litigation.head_appearance_rate", 100)]),
        Case(sentence: "各级调解组织共调解矛盾纠纷4820件,调解成功4716件,调解成功率97.8%。",
             expected: [("mediation.cases", 4820), ("mediation.succeeded", 4716), ("mediation.success_rate", 97.8)]),
        Case(sentence: "组织开展矛盾纠纷集中排查1260次,及时化解各类隐患。",
             expected: [("dispute_screenings", 1260)]),
        Case(sentence: "畅通网上信访渠道,网上信访占比达到72.4%。",
             expected: [("petitions.online_share", 72.4)]),
        Case(sentence: "认真办理人大代表建议86件、政协委员提案143件,办复率均为100%。",
             expected: [("npc_suggestions.handled", 86), ("cppcc_proposals.handled", 143), ("proposals.reply_rate", 100)]),
        Case(sentence: "年内共承办人大政协提议案312件,全部按期办结。",
             expected: [("deputies_proposals.handled", 312)]),
        Case(sentence: "依托政府门户网站主动公开政府信息2.3万余条。",
             expected: [("disclosure.proactive", 23000)]),
        Case(sentence: "全年新收政府信息公开申请425件,办结418件。",
             expected: [("disclosure.requests_received", 425), ("disclosure.requests_concluded", 418)]),
        Case(sentence: "严格规范性文件管理,全年制定规范性文件12件。",
             expected: [("normative_docs.issued", 12)]),
        Case(sentence: "向市政府和区人大常委会报送备案规范性文件9件,报备率100%。",
             expected: [("normative_docs.filed", 9)]),
        Case(sentence: "开展规范性文件集中清理,废止规范性文件47件,宣布失效12件,继续有效的规范性文件156件。",
             expected: [("normative_docs.abolished", 47), ("normative_docs.abolished", 12), ("normative_docs.retained", 156)]),
        Case(sentence: "编制年度重大行政决策事项目录,全年作出重大行政决策事项7项。",
             expected: [("major_decisions.count", 7)]),
        Case(sentence: "通过政府网站公开征求意见的决策草案共15件。",
             expected: [("public_consultations", 15)]),
        Case(sentence: "司法局共对区政府拟出台文件、签订协议进行合法性审核326件。",
             expected: [("legality_reviews", 326)]),
        Case(sentence: "充分发挥政府法律顾问作用,法律顾问全年出具法律意见书214件。",
             expected: [("legal_advisor.services", 214)]),
        Case(sentence: "公职律师队伍不断壮大,全年新增公职律师23人,公职律师办理法律事务640件。",
             expected: [("public_lawyers.added", 23), ("public_lawyers.services", 640)]),
        Case(sentence: "深化街道综合执法改革,向街道下放行政执法职权286项。",
             expected: [("enforcement.powers_devolved", 286)]),
        Case(sentence: "全年查处各类违法案件1532件,罚没款920万元。",
             expected: [("enforcement.cases", 1532)]),
        Case(sentence: "动态调整权责清单,共调整职权事项64项。",
             expected: [("power_list.items_adjusted", 64)]),
        Case(sentence: "持续深化政务服务改革,实现2136项政务服务事项全程网办。",
             expected: [("services.online_items", 2136)]),
        Case(sentence: "坚持领导干部学法制度,区政府常务会议会前学法14次。",
             expected: [("study.sessions", 14)]),
        Case(sentence: "举办依法行政专题培训班6期,累计培训执法人员2300余人次。",
             expected: [("training.sessions", 6), ("training.participants", 2300)]),
        Case(sentence: "组织全区1860名国家工作人员参加学法用法考试,合格率99.2%。",
             expected: [("exam.participants", 1860), ("exam.pass_rate", 99.2)]),
        Case(sentence: "围绕民法典开展法治宣传活动320余场次,发放宣传资料5万余份。",
             expected: [("publicity.events", 320)]),
        Case(sentence: "全年受理法律援助案件1094件,为受援人挽回经济损失3200万元。",
             expected: [("legal_aid.cases", 1094)]),
        Case(sentence: "公共法律服务中心全年接待群众法律咨询1.8万人次。",
             expected: [("legal_consultations", 18000)]),
        Case(sentence: "畅通群众诉求渠道,全年共办理信访事项318件。",
             expected: [("petitions.cases", 318)]),
        Case(sentence: "开展规范性文件专项清理,共清理规范性文件215件,废止18件。",
             expected: [("normative_docs.cleaned", 215), ("normative_docs.abolished", 18)]),
        Case(sentence: "全区各级行政机关共聘请法律顾问126名。",
             expected: [("legal_advisor.engaged", 126)]),
        Case(sentence: "组织开展行政执法案卷评查,共评查案卷356卷。",
             expected: [("enforcement.files_reviewed", 356)]),
        Case(sentence: "开展“双随机、一公开”抽查128次,检查市场主体2100余户。",
             expected: [("enforcement.inspections", 128), ("enforcement.inspections", 2100)]),
        Case(sentence: "加强执法队伍建设,全县持证执法人员860名。",
             expected: [("enforcement.certified_officers", 860)]),
        Case(sentence: "举办法治讲座46场,开展以案释法活动12次,讲授法治课20堂。",
             expected: [("publicity.lectures", 46), ("publicity.lectures", 12), ("publicity.lectures", 20)]),
        Case(sentence: "各级调解组织共调解矛盾纠纷120单。",
             expected: [("mediation.cases", 120)]),
    ]

    static func indicators(in text: String) -> [(String, Double)] {
        let analysis = Fixture.analyze("一、主要举措和成效\n" + text)
        return analysis.quantities.compactMap { q in q.indicator.map { ($0, q.value) } }
    }

    @Test(arguments: cases)
    func simplifiedSentenceYieldsItsIndicators(_ c: Case) {
        let found = Self.indicators(in: c.sentence)
        #expect(found.map(\.0) == c.expected.map(\.0))
        #expect(found.map(\.1) == c.expected.map(\.1))
    }

    @Test(arguments: cases)
    func traditionalSentenceYieldsTheSameIndicators(_ c: Case) throws {
        let s2t = try OpenCCConverter(config: "s2t")
        let traditional = s2t.convert("一、主要举措和成效\n" + c.sentence)
        let analysis = Fixture.analyze(traditional)
        #expect(analysis.metadata.script == .traditional)
        let found = analysis.quantities.compactMap { q in q.indicator.map { ($0, q.value) } }
        #expect(found.map(\.0) == c.expected.map(\.0))
        #expect(found.map(\.1) == c.expected.map(\.1))
    }

    @Test func everyCatalogIndicatorIsCovered() {
        let covered = Set(Self.cases.flatMap { $0.expected.map(\.0) })
        let missing = IndicatorCatalog.shared.indicators.map(\.id).filter { !covered.contains($0) }
        #expect(missing.isEmpty, "no composed sentence for \(missing)")
    }

    @Test func everyTraditionalCueNormalizesBackToItsCue() {
        for indicator in IndicatorCatalog.shared.indicators {
            for (simplified, traditional) in zip(indicator.strongCues, indicator.strongCuesTraditional ?? []) {
                #expect(ScriptNormalizer.shared.simplify(traditional) == simplified, "\(indicator.id): \(traditional)")
            }
        }
    }
}
