import CTesseract

/// One initialized TessBaseAPI. Tesseract instances are not thread-safe, so
/// each worker thread owns its own; not Sendable on purpose.
final class TesseractEngine {
    private let handle: OpaquePointer

    init(options: OCROptions) throws(ScanError) {
        let dir = try TessdataLocator.directory(for: options)
        guard let api = TessBaseAPICreate() else { throw .engineUnavailable("TessBaseAPICreate failed") }
        // LSTM only (OEM 1): the Debian chi_sim data is the "best/fast" LSTM model.
        guard TessBaseAPIInit2(api, dir, options.languages, OEM_LSTM_ONLY) == 0 else {
            TessBaseAPIDelete(api)
            throw .engineUnavailable("Tesseract could not load \(options.languages) from \(dir)")
        }
        handle = api
        TessBaseAPISetPageSegMode(api, TessPageSegMode(rawValue: UInt32(options.pageSegmentation.rawValue)))
        // Keep "Estimating resolution…" style diagnostics out of the host's stderr.
        _ = TessBaseAPISetVariable(api, "debug_file", "/dev/null")
        for (name, value) in options.variables.sorted(by: { $0.key < $1.key }) {
            guard TessBaseAPISetVariable(api, name, value) != 0 else {
                throw .engineUnavailable("unknown Tesseract variable \(name)")
            }
        }
    }

    /// Recognizes one preprocessed page. Returns raw Tesseract text and mean confidence.
    func recognize(_ pix: OwnedPix) throws(ScanError) -> (text: String, confidence: Double) {
        if pixGetXRes(pix.raw) < 70 {
            // Unknown resolution: assume a 300 dpi scan rather than let Tesseract
            // guess from character height (and warn on stderr).
            pixSetResolution(pix.raw, 300, 300)
        }
        TessBaseAPISetImage2(handle, pix.raw)
        // SetImage2 keeps a reference to the pix; Clear drops it and the page results.
        defer { TessBaseAPIClear(handle) }
        guard let cText = TessBaseAPIGetUTF8Text(handle) else {
            throw .recognitionFailed("Tesseract returned no text")
        }
        defer { TessDeleteText(cText) }
        let text = String(cString: cText)
        let confidence = Double(max(0, TessBaseAPIMeanTextConf(handle)))
        return (text, confidence)
    }

    deinit {
        TessBaseAPIEnd(handle)
        TessBaseAPIDelete(handle)
    }
}
