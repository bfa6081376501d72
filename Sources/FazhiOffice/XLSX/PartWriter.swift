/// Produces one package part piece by piece, so that a large part never exists whole in memory.
///
/// ``ZIPFoundation/Archive/addSpooledEntry(_:modified:writer:)`` calls ``writeNext(into:)`` until it
/// returns `false`, moving the pieces to a spool as they accumulate.
protocol PartWriter {
    /// Appends the next piece of the part; returns `false`, appending nothing, once the part is complete.
    mutating func writeNext(into buffer: XMLBuffer) throws(XLSXError) -> Bool
}

/// A part that is small enough to build at once: one piece.
struct WholePart: PartWriter {
    private let build: (XMLBuffer) -> Void
    private var isWritten = false

    init(_ build: @escaping (XMLBuffer) -> Void) {
        self.build = build
    }

    mutating func writeNext(into buffer: XMLBuffer) -> Bool {
        guard !isWritten else { return false }
        build(buffer)
        isWritten = true
        return true
    }
}
