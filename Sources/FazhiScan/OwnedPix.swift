import CTesseract

/// Owns one Leptonica `PIX` and destroys it when released, so every step of
/// the pipeline frees its intermediate images even on early exits.
/// Not Sendable: an `OwnedPix` lives on the thread that created it.
final class OwnedPix {
    private(set) var pointer: UnsafeMutablePointer<PIX>?

    /// Takes ownership of `pointer`; nil when Leptonica returned NULL.
    init?(taking pointer: UnsafeMutablePointer<PIX>?) {
        guard let pointer else { return nil }
        self.pointer = pointer
    }

    var raw: UnsafeMutablePointer<PIX> { pointer! }
    var width: Int { Int(pixGetWidth(raw)) }
    var height: Int { Int(pixGetHeight(raw)) }
    var depth: Int { Int(pixGetDepth(raw)) }

    deinit {
        if pointer != nil { pixDestroy(&pointer) }
    }
}

/// Leptonica prints every failed decode to stderr; a server feeding it untrusted
/// bytes should not. Set once, process-wide, before the first Leptonica call.
let quietLeptonica: Void = {
    _ = setMsgSeverity(Int32(L_SEVERITY_NONE))
}()
