import Testing
@testable import FazhiCore

/// Finding divisions' full names in running text, and nothing that only looks like one.
struct GazetteerMentionsTests {
    let gazetteer = Gazetteer.shared

    private func names(_ text: String) -> [String] {
        gazetteer.mentions(in: text).map(\.name)
    }

    @Test(arguments: [
        ("001", ["厦门市", "海沧区"]), ("002", ["武清区", "天津市"]), ("003", ["朝阳区", "北京市"]),
        ("000", ["北京市", "门头沟区"]), ("004", ["怀柔区", "北京市"]),
    ])
    func findsExactlyTheDivisionsOfARealReport(prefix: String, expected: [String]) throws {
        let text = try Samples.text(prefix)
        let scalars = Array(text.unicodeScalars)
        let mentions = gazetteer.mentions(in: scalars)
        #expect(Set(mentions.map(\.name)) == Set(expected))
        #expect(mentions.first?.name == expected.first)
        for mention in mentions {
            #expect(String(String.UnicodeScalarView(scalars[mention.range.asRange])) == mention.name)
        }
    }

    @Test func chainNarrowsAmbiguousNames() {
        let mentions = gazetteer.mentions(in: "北京市朝阳区望京街道与长春市朝阳区,以及朝阳区")
        #expect(mentions.map(\.name) == ["北京市", "朝阳区", "长春市", "朝阳区", "朝阳区"])
        #expect(mentions[1].division?.code == "110105")
        #expect(mentions[3].division?.code == "220104")
        #expect(mentions[4].division == nil && mentions[4].candidates.count == 2)
        #expect(mentions[1].range == TextRange(start: 3, end: 6))
    }

    @Test(arguments: [
        "加快建设高素质高颜值国际一流海湾城区", "全力保障城区安全", "主城区、老城区改造和新城区建设",
        "全市各区和县", "郊区农村", "矿区治理", "深化东区西区联动", "朝阳区域", "推进吉林市场监管",
        "市区两级", "经济技术开发区", "城关镇", "建设新县城",
    ])
    func commonWordsAreNotDivisions(text: String) {
        #expect(names(text).isEmpty)
    }

    @Test(arguments: [
        ("阳泉市城区人民政府", ["阳泉市", "城区"]), ("和县人民政府", ["和县"]), ("安徽省和县", ["安徽省", "和县"]),
        ("北京市场监管局", ["北京市"]), ("在朝阳区开展", ["朝阳区"]), ("恩施土家族苗族自治州", ["恩施土家族苗族自治州"]),
        ("新城区人民政府", ["新城区"]), ("福建省厦门市海沧区", ["福建省", "厦门市", "海沧区"]),
    ])
    func officialNamesAreFound(text: String, expected: [String]) {
        #expect(names(text) == expected)
    }
}
