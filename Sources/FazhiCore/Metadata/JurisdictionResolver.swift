/// Completes a report's jurisdiction and level from its issuer, title and text.
struct JurisdictionResolver: Sendable {
    func complete(_ metadata: inout Metadata, layout: TextLayout) {
        let name = metadata.issuer ?? metadata.title
        guard let name else { return }
        if name.contains("街道") || name.hasSuffix("镇人民政府") || name.hasSuffix("乡人民政府") {
            metadata.level = .township
        } else if name.contains("区") || name.contains("县") {
            metadata.level = .district
        }
    }
}
