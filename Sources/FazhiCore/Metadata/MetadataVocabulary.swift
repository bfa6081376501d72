/// The vocabulary of `Resources/metadata.json`: labels, organization suffixes, title words.
public struct MetadataVocabulary: Sendable {
    struct File: Codable {
        var version: Int
        var labels: [String: String]
        var organizationSuffixes: [String]
        var addresseeWords: [String]
        var titleTopics: [String]
        var titleEnds: [String]
        var governmentSuffixes: [String]
        var departmentWords: [String]
        var cityShortNamesAlsoWords: [String]
    }

    let labels: ScalarTrie<String>
    let organizationSuffixes: [String]
    let addresseeWords: ScalarTrie<Bool>
    let titleTopics: ScalarTrie<Bool>
    let titleEnds: ScalarTrie<Bool>
    let governmentSuffixes: [String]
    let departmentWords: [String]
    let cityShortNamesAlsoWords: Set<String>

    public static let shared = MetadataVocabulary(DomainResources.load("metadata.json", as: File.self))

    init(_ file: File) {
        labels = ScalarTrie(file.labels.map { ($0.key, $0.value) })
        organizationSuffixes = file.organizationSuffixes.sorted { $0.count > $1.count }
        addresseeWords = ScalarTrie(file.addresseeWords.map { ($0, true) })
        titleTopics = ScalarTrie(file.titleTopics.map { ($0, true) })
        titleEnds = ScalarTrie(file.titleEnds.map { ($0, true) })
        governmentSuffixes = file.governmentSuffixes.sorted { $0.count > $1.count }
        departmentWords = file.departmentWords
        cityShortNamesAlsoWords = Set(file.cityShortNamesAlsoWords)
    }

    /// Whether `name` reads as the name of an issuing body.
    func isOrganization(_ name: String) -> Bool {
        let count = name.unicodeScalars.count
        guard count >= 3, count <= 40 else { return false }
        return organizationSuffixes.contains { name.hasSuffix($0) }
    }

    func containsTitleWords(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        !titleTopics.matches(in: text).isEmpty && !titleEnds.matches(in: text).isEmpty
    }

    func containsTitleTopic(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        !titleTopics.matches(in: text).isEmpty
    }

    func containsAddresseeWord(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        !addresseeWords.matches(in: text).isEmpty
    }
}
