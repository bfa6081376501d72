import Testing
@testable import FazhiCore

/// Resolving a place name, full or short, and deciding ambiguous names by the report's text.
struct GazetteerResolveTests {
    let gazetteer = Gazetteer.shared

    @Test(arguments: [
        ("怀柔区", "110116"), ("怀柔", "110116"), ("门头沟区", "110109"), ("海沧区", "350205"),
        ("武清区", "120114"), ("厦门市海沧区", "350205"), ("北京市门头沟区", "110109"),
        ("北京市怀柔区人民政府", "110116"), ("北京市 怀柔区", "110116"), ("厦门市\u{3000}海沧区", "350205"),
        ("北京朝阳", "110105"), ("福建省厦门市", "350200"), ("恩施州", "422800"), ("深圳市", "440300"),
        ("乌海市海南区", "150303"), ("海南", "460000"), ("吉林", "220000"), ("吉林省吉林市", "220200"),
    ])
    func resolvesUnambiguousNames(name: String, code: String) {
        #expect(gazetteer.resolve(name, context: "")?.code == code)
    }

    @Test(arguments: ["朝阳区", "鼓楼区", "城关区", "朝阳", "城区"])
    func ambiguousNameWithoutContextIsNil(name: String) {
        #expect(gazetteer.resolve(name, context: "") == nil)
        #expect(gazetteer.resolve(name, context: "一、主要举措和成效") == nil)
    }

    @Test(arguments: [
        ("朝阳区", "深入贯彻《北京市优化营商环境条例》", "北京市朝阳区"),
        ("朝阳区", "会同海淀区、丰台区开展联合执法", "北京市朝阳区"),
        ("朝阳区", "长春市委、市政府的部署", "吉林省长春市朝阳区"),
        ("朝阳区", "首都北京", "北京市朝阳区"),
        ("鼓楼区", "福州市委全面依法治市委员会", "福建省福州市鼓楼区"),
        ("鼓楼区", "江苏省南京市", "江苏省南京市鼓楼区"),
        ("城关区", "兰州市", "甘肃省兰州市城关区"),
        ("城区", "阳泉市城区人民政府", "山西省阳泉市城区"),
    ])
    func contextDecidesAmbiguousNames(name: String, context: String, expected: String) throws {
        let division = try #require(gazetteer.resolve(name, context: context))
        #expect(gazetteer.fullName(division) == expected)
    }

    @Test func evenlySplitContextStaysAmbiguous() {
        #expect(gazetteer.resolve("朝阳区", context: "北京市与长春市") == nil)
    }

    @Test func realReportDecidesItsDistrict() throws {
        let text = try Samples.text("003")
        let division = try #require(gazetteer.resolve("朝阳区", context: text))
        #expect(division.code == "110105")
    }

    @Test(arguments: ["火星区", "望京", "望京街道", "", "  ", "北京市火星区", "海沧新城", "司法局"])
    func unknownNameIsNil(name: String) {
        #expect(gazetteer.resolve(name, context: "北京市") == nil)
    }

    @Test func divisionsNamedListsEveryHomonym() {
        #expect(Set(gazetteer.divisions(named: "鼓楼区").map(\.code)) == ["320106", "320302", "350102", "410204"])
        #expect(gazetteer.divisions(named: "怀柔").map(\.code) == ["110116"])
        #expect(gazetteer.divisions(named: "怀柔区司法局").isEmpty)
    }
}
