/// How a report refers to itself: 我省, 全省各级政府 (a province's report); 我市, 市政府坚持…, 我县,
/// 全区, 我局 (a body that does not name itself, whose level its words still show).
enum SelfReference {
    static let provincial: [[Unicode.Scalar]] = ["我省", "全省各级", "全省各地", "本省", "全省上下"]
        .map { Array($0.unicodeScalars) }
    static let local: [[Unicode.Scalar]] = ["我市", "我县", "我区", "我镇", "我乡", "我街道", "本市", "本区", "本县", "全市各级", "全县"]
        .map { Array($0.unicodeScalars) }

    /// Whether the text speaks as a province (我省, 全省各级…) and never as a city or county.
    static func isProvincial(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        guard provincial.contains(where: { text.contains(subsequence: $0) }) else { return false }
        return !local.contains { text.contains(subsequence: $0) }
    }

    /// The voice of a report that does not name itself.
    struct Voice: Equatable {
        /// The level of the place it speaks for: `.city` (我市, 市政府…) or `.county` (我县, 全区…).
        var place: DivisionLevel?
        /// It speaks as a department (我局, 本局, 我厅, 我委).
        var isDepartment: Bool
    }

    /// The first words in the opening that speak as the report's own body. Words in the first person
    /// (我市, 本县, 我局) win; else the subject of a sentence (2025年,市政府坚持…); else 全区/全县/全市.
    /// A superior named in 在市委、市政府的领导下 is not the report's voice: only 我/本 words and a
    /// government right after 年, or 。 are read as the subject.
    static func voice(of opening: ArraySlice<Unicode.Scalar>) -> Voice? {
        let scalars = Array(opening.filter { !$0.isBlank })
        var department = false
        var place: DivisionLevel?
        var firstPerson: (at: Int, level: DivisionLevel)?
        for (word, level) in firstPersonPlaces {
            if let at = scalars.firstIndex(of: word), firstPerson == nil || at < firstPerson!.at { firstPerson = (at, level) }
        }
        department = departmentWords.contains { scalars.contains(subsequence: $0) }
        if let own = ownDepartment(scalars) {
            department = true
            firstPerson = firstPerson ?? (0, own)
        }
        if let firstPerson {
            place = firstPerson.level
        } else if let subject = subjects.compactMap({ s in scalars.firstIndex(of: s.word).map { ($0, s.level) } })
                    .filter({ $0.0 == 0 || "年,，。:：".unicodeScalars.contains(scalars[$0.0 - 1]) }).min(by: { $0.0 < $1.0 }) {
            place = subject.1
        } else {
            var counts: [DivisionLevel: Int] = [:]
            for (word, level) in wholes { counts[level, default: 0] += scalars.occurrences(of: word) }
            if let top = counts.filter({ $0.value > 0 }).max(by: { $0.value < $1.value }),
               counts.values.filter({ $0 == top.value }).count == 1 {
                place = top.key
            }
        }
        guard place != nil || department else { return nil }
        return Voice(place: place, isDepartment: department)
    }

    /// A department named by its level alone as the first sentence's subject:
    /// 2023年,市市场监管局在… → a city's department.
    static func ownDepartment(_ scalars: [Unicode.Scalar]) -> DivisionLevel? {
        var start = 0
        if let year = scalars.prefix(12).firstIndex(of: "年"), year + 1 < scalars.count,
           scalars[year + 1] == "," || scalars[year + 1] == "，" {
            start = year + 2
        }
        guard start < scalars.count, let level = ["市": DivisionLevel.city, "县": .county, "区": .county][scalars[start]] else { return nil }
        var i = start + 1
        while i < scalars.count, i - start <= 12, scalars[i].isHan {
            if scalars[i] == "局" || scalars[i] == "厅" { return i - start >= 3 ? level : nil }
            if scalars[i] == "委" || scalars[i] == "政" { return nil }  // 市委…, 市政府: not a department
            i += 1
        }
        return nil
    }

    static let firstPersonPlaces = levelled([
        ("我市", .city), ("本市", .city), ("我县", .county), ("本县", .county), ("我区", .county), ("本区", .county),
        ("我旗", .county), ("本旗", .county),
    ])

    static let subjects = levelled([
        ("市人民政府", .city), ("市政府", .city), ("县人民政府", .county), ("县政府", .county),
        ("区人民政府", .county), ("区政府", .county),
    ])

    static let wholes = levelled([("全市", .city), ("全县", .county), ("全区", .county), ("全旗", .county)])

    private static func levelled(_ words: [(String, DivisionLevel)]) -> [(word: [Unicode.Scalar], level: DivisionLevel)] {
        words.map { (Array($0.0.unicodeScalars), $0.1) }
    }

    static let departmentWords: [[Unicode.Scalar]] = ["我局", "本局", "我厅", "本厅", "我委", "本委", "局党组", "厅党组", "局党委"]
        .map { Array($0.unicodeScalars) }
}
