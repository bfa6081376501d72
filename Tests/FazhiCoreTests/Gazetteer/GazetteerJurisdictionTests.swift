import Testing
@testable import FazhiCore

/// Completing a report's jurisdiction from how it names its issuer, and telling the issuer's level.
struct GazetteerJurisdictionTests {
    let gazetteer = Gazetteer.shared

    @Test(arguments: [
        ("怀柔区", "北京市怀柔区"), ("北京市怀柔区人民政府", "北京市怀柔区"), ("海沧区", "福建省厦门市海沧区"),
        ("厦门市海沧区人民政府", "福建省厦门市海沧区"), ("武清区人民政府", "天津市武清区"),
        ("北京市门头沟区人民政府", "北京市门头沟区"), ("北京市", "北京市"), ("福建省人民政府", "福建省"),
        ("深圳市人民政府", "广东省深圳市"), ("北京市司法局", "北京市"), ("怀柔区司法局", "北京市怀柔区"),
        ("厦门市海沧区发展和改革局", "福建省厦门市海沧区"), ("怀柔区住房和城乡建设委员会", "北京市怀柔区"),
        ("海沧区人大常委会", "福建省厦门市海沧区"), ("中共北京市委", "北京市"), ("怀 柔 区 政 府", "北京市怀柔区"),
        ("北京市朝阳区望京街道办事处", "北京市朝阳区望京街道"), ("怀柔区汤河口镇人民政府", "北京市怀柔区汤河口镇"),
    ])
    func completesNamesThatCarryTheirDivision(name: String, expected: String) {
        #expect(gazetteer.jurisdiction(for: name, context: "") == expected)
    }

    @Test(arguments: ["望京街道", "望京街道办事处", " 望京街道办事处 "])
    func placesATownshipInTheCountyItsReportNames(name: String) throws {
        let text = try Samples.text("003")
        #expect(gazetteer.jurisdiction(for: name, context: text) == "北京市朝阳区望京街道")
    }

    @Test func prefersTheCountyWrittenRightBeforeTheTownship() {
        let context = "海淀区、怀柔区、海淀区、海淀区联合检查。北京市怀柔区汤河口镇"
        #expect(gazetteer.jurisdiction(for: "汤河口镇", context: context) == "北京市怀柔区汤河口镇")
        // A name the national list does not have is placed in the county the context names most.
        #expect(gazetteer.jurisdiction(for: "怀柔湾镇", context: context) == "北京市海淀区怀柔湾镇")
        // A real township is placed where it is, whatever the context names more often.
        #expect(gazetteer.jurisdiction(for: "东方红镇", context: context) == "黑龙江省鸡西市虎林市东方红镇")
    }

    /// A name that starts with a division's short name (海淀, 怀柔) is a township's whole name: the real
    /// one where the national list has it, else in the county the context names.
    @Test(arguments: [
        ("海淀新村街道", "北京市朝阳区海淀新村街道"), ("怀柔湾镇", "北京市朝阳区怀柔湾镇"), ("城关镇", "北京市朝阳区城关镇"),
        ("海淀街道", "北京市海淀区海淀街道"),
    ])
    func townshipNameStartingWithAShortNameStaysWhole(name: String, expected: String) {
        #expect(gazetteer.jurisdiction(for: name, context: "北京市朝阳区") == expected)
    }

    /// A township named alone is placed from the national list when its name is unique there, whatever
    /// else the context names; a name shared by many (城关镇) without context stays unplaced.
    @Test(arguments: [("望京街道", ""), ("望京街道", "怀柔区与海淀区"), ("望京街道办事处", "长春市")])
    func uniqueTownshipIsPlacedFromTheNationalList(name: String, context: String) {
        #expect(gazetteer.jurisdiction(for: name, context: context) == "北京市朝阳区望京街道")
    }

    @Test(arguments: [
        ("城关镇", ""), ("火星局", "北京市"), ("司法局", "北京市怀柔区"),
        ("朝阳区司法局", "北京市与长春市"),
    ])
    func unplaceableBodyIsNil(name: String, context: String) {
        #expect(gazetteer.jurisdiction(for: name, context: context) == nil)
    }

    @Test(arguments: [
        ("北京市人民政府", GovernmentLevel.province), ("厦门市人民政府", .city), ("海沧区人民政府", .district),
        ("怀柔区", .district), ("北京市朝阳区望京街道办事处", .township), ("北京市司法局", .department),
        ("怀柔区住房和城乡建设委员会", .department), ("海沧区人大常委会", .district),
    ])
    func tellsTheLevelOfTheBody(name: String, level: GovernmentLevel) {
        #expect(gazetteer.unit(for: name, context: "")?.level == level)
    }

    @Test func unitNamesDepartmentAndTownship() throws {
        let department = try #require(gazetteer.unit(for: "怀柔区司法局", context: ""))
        #expect(department.department == "司法局")
        #expect(department.division.code == "110116")
        let township = try #require(gazetteer.unit(for: "望京街道办事处", context: "北京市朝阳区望京街道"))
        #expect(township.township == "望京街道")
        #expect(township.division.code == "110105")
    }

    @Test(arguments: [("001", "福建省厦门市海沧区"), ("002", "天津市武清区"), ("000", "北京市门头沟区")])
    func samplesIssuersComplete(prefix: String, expected: String) throws {
        let text = try Samples.text(prefix)
        let issuer = try #require(["厦门市海沧区人民政府", "武清区人民政府", "北京市门头沟区人民政府"].first {
            text.contains($0)
        })
        #expect(gazetteer.jurisdiction(for: issuer, context: text) == expected)
    }
}
