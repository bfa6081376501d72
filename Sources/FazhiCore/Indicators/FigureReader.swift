/// Reads every figure of a report and assigns it to a catalog indicator where its clause says so.
struct FigureReader: Sendable {
    func read(_ layout: TextLayout, source: [Unicode.Scalar], parts: [Part]) -> [Quantity] {
        []
    }
}
