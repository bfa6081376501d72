import Testing
@testable import FazhiCore

/// Reports whose opening does not name their body in full: the voice (市政府坚持…, 我县, 我局), the
/// one place of that level the text names, years given only in the opening, titles broken or
/// repeated, and names that begin with a numeral character.
struct UnnamedBodyTests {
    func metadata(_ text: String) -> Metadata { Fixture.analyze(text).metadata }

    @Test func aNameThatStartsWithAHanNumeralIsNotCutAtIt() {
        // 四 and 十 are numbers to Character.isNumber; the title's subject runs to the year's digits.
        let m = metadata("四川省交通运输厅\n2025年法治政府部门建设工作情况\n2025年，我厅坚持依法行政，现将有关情况报告如下。\n")
        #expect(m.issuer == "四川省交通运输厅")
        #expect(m.jurisdiction == "四川省")
        #expect(m.level == .department)
        let city = metadata("十堰市人民政府2023年法治政府建设情况报告\n2023年，全市坚持依法行政。\n")
        #expect(city.issuer == "十堰市人民政府")
        #expect(city.jurisdiction == "湖北省十堰市")
    }

    @Test func aCityGovernmentSpeakingAsItselfIsPlacedByItsOneNamedCity() {
        let m = metadata("""
            2025年，市政府坚持依法行政，推动出台《汕尾市海洋牧场发展促进条例》；海丰县公安局某派出所获评示范单位。现将有关情况报告如下。
            一、主要举措和成效
            """)
        #expect(m.jurisdiction == "广东省汕尾市")
        #expect(m.level == .city)
        #expect(m.issuer == nil)  // the county police bureau is not the government that reports
        let bare = metadata("2024年，市政府坚持依法行政，汕尾在全省考核中获得优秀等次。现将有关情况报告如下。\n一、主要举措和成效\n")
        #expect(bare.jurisdiction == "广东省汕尾市")
        // A short name that is also a word (安康) places nothing.
        let word = metadata("2024年，市政府坚持依法行政，保障群众安康。现将有关情况报告如下。\n一、主要举措和成效\n")
        #expect(word.jurisdiction == nil)
    }

    @Test func aCountyOrADepartmentIsPlacedByThePlanItCites() {
        let county = metadata("2024年，我县坚持依法行政，全面落实《张家川县法治政府建设实施方案(2021-2025年)》。\n一、主要举措和成效\n")
        #expect(county.jurisdiction == "甘肃省天水市张家川回族自治县")
        #expect(county.level == .district)
        let department = metadata("2022年，在区委、区政府的坚强领导下，为贯彻《荣昌区法治政府建设实施方案》，我局持续推进依法行政，全区生态环境持续向好。\n一、主要举措和成效\n")
        #expect(department.jurisdiction == "重庆市荣昌区")
        #expect(department.level == .department)
        // Two counties named: the text does not tell which is its own.
        let two = metadata("2024年，我县坚持依法行政，学习《张家川县法治政府建设实施方案》和《秦安县法治政府建设实施方案》。\n一、主要举措和成效\n")
        #expect(two.jurisdiction == nil)
    }

    @Test func aCityDepartmentNamedByItsLevelAlone() {
        let m = metadata("2023年，市市场监管局在市委市政府的坚强领导下推进依法行政。\n——“绍兴创新监管服务模式”入选典型案例。\n一、主要举措和成效\n")
        #expect(m.jurisdiction == "浙江省绍兴市")
        #expect(m.level == .department)
    }

    @Test func theReportYearFromTheOpening() {
        let asked = metadata("根据有关规定，现将县人民政府2022年法治政府建设工作情况报告如下。\n一、主要成效\n")
        #expect(asked.reportYear == 2022)
        let adverbial = metadata("根据《全面深化法治领域改革纲要(2023—2027年)》要求，以及市、区的部署，2023年，清波街道深入开展法治政府建设。\n一、主要举措\n")
        #expect(adverbial.reportYear == 2023)
        let plan = metadata("城中区委全面依法治区委员会:\n人民街街道办事处认真贯彻落实《城中区2025年法治政府建设工作要点》要求，系统推进法治政府建设。\n一、主要举措\n")
        #expect(plan.reportYear == 2025)
        // The date the report was given is not its year; the year that opens the body is.
        let given = metadata("重庆市人民政府关于法治政府建设情况的报告\n(2024年5月28日在市人大常委会会议上)\n市人大常委会:\n现就法治政府建设情况报告如下。\n一、主要工作举措及成效\n2023年，在市委坚强领导下，全市各级行政机关坚持依法行政。\n")
        #expect(given.reportYear == 2023)
    }

    @Test func aTitleBrokenWhereNeitherHalfReadsAsOne() {
        let m = metadata("昌吉州人民政府2024年度法治政府\n建设情况报告\n2024年，昌吉州人民政府坚持依法行政。现将有关情况报告如下：\n")
        #expect(m.title == "昌吉州人民政府2024年度法治政府建设情况报告")
        #expect(m.issuer == "昌吉州人民政府")
    }

    @Test func theBodyAboveATitleThePageRepeats() {
        let m = metadata("""
            2021年法治政府建设工作情况报告
            • 发文机构:gyz1
            • 发布日期:2022-03-31

            眉山市彭山区公义镇人民政府

            2021年法治政府建设工作情况报告

            2021年我镇深入贯彻落实上级关于法治政府建设的要求，现将有关情况报告如下。
            """)
        #expect(m.issuer == "眉山市彭山区公义镇人民政府")
        #expect(m.jurisdiction == "四川省眉山市彭山区公义镇")
        #expect(m.level == .township)
    }

    @Test func aHeadlineThatAnnouncesTheReportNamesItsBody() {
        let m = metadata("应急管理部发布2023年法治政府建设年度报告\n据应急管理部消息，具体内容如下：\n一、加强党对法治政府建设的领导\n")
        #expect(m.issuer == "应急管理部")
        #expect(m.jurisdiction == "中华人民共和国")
        #expect(m.level == .department)
    }

    @Test func aPageCounterAfterTheSourceIsNotPartOfIt() {
        let m = metadata("留下街道2022年度法治政府建设工作报告\n发布时间:2023-02-10 15:34:38\n来源:留下街道 点击率:\n2022年，留下街道在区委、区政府的正确领导下推进法治政府建设。\n")
        #expect(m.issuer == "留下街道")
    }

    @Test func aLabelBlockThatLostItsColons() {
        let m = metadata("""
            - 乡镇信息公开
            索引号pbxxhxrmzf/2026-00001
            发布机构屏边县新华乡人民政府
            发布日期2026-01-27
            新华乡2025年法治政府建设工作情况报告
            2025年,新华乡在县委、县政府的坚强领导下推进法治政府建设。
            """)
        #expect(m.issuer == "屏边县新华乡人民政府")
        #expect(m.publishedOn == "2026-01-27")
        // The county's everyday name (屏边县) places the township; it is not part of its name.
        #expect(m.jurisdiction == "云南省红河哈尼族彝族自治州屏边苗族自治县新华乡")
        #expect(m.title == "新华乡2025年法治政府建设工作情况报告")
    }

    @Test func aBreadcrumbOrALabelRowIsNotPartOfTheTitle() {
        let crumb = metadata("首页\n>> 政务公开 >> 法治政府工作报告\n• 发布机构:\n澧浦镇\n澧浦镇2023年度法治政府建设工作报告\n今年以来,澧浦镇坚持依法行政。\n")
        #expect(crumb.title == "澧浦镇2023年度法治政府建设工作报告")
        let table = metadata("| [ 发布机构 ] | 丰都县树人镇人民政府 |\n| [ 发布日期 ] | 2026-02-11 |\n丰都县树人镇人民政府2025年法治政府建设情况报告\n2025年,树人镇坚持依法行政。\n")
        #expect(table.title == "丰都县树人镇人民政府2025年法治政府建设情况报告")
    }

    @Test func aCityBureausBranchInACountyIsTheCountys() {
        let m = metadata("2024年,岳阳市生态环境局岳阳县分局坚持依法行政,现将有关情况报告如下。\n一、主要举措和成效\n")
        #expect(m.issuer == "岳阳市生态环境局岳阳县分局")
        #expect(m.jurisdiction == "湖南省岳阳市岳阳县")
        #expect(m.level == .department)
    }

    @Test func aCitysBareNameAsTheFirstSentencesSubject() {
        let m = metadata("2024年,广州坚持依法行政,纵深推进法治政府建设。\n一、主要举措和成效\n")
        #expect(m.jurisdiction == "广东省广州市")
        #expect(m.level == .city)
        #expect(m.issuer == nil)  // a place, not a body
    }
}
