import FazhiCore

/// The catalog's indicator names by id, looked up once per figure on a report page (the catalog
/// itself finds an indicator by walking its list).
enum IndicatorNames {
    static let byID: [String: String] = Dictionary(
        IndicatorCatalog.shared.indicators.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })

    static func name(_ id: String) -> String? { byID[id] }
}
