extension Recognizer {
    /// Picks the language model that reads `page` with the highest mean confidence.
    ///
    /// Why: a report in traditional characters read with chi_sim gives ~30 % CER
    /// (Tesseract "simplifies" what it sees), and "chi_sim+chi_tra" costs ~2 %
    /// on simplified text by mixing in traditional forms. Both models on one
    /// page, then the chosen one for the whole document, measured best (RESULTS.md).
    /// Call it on the first text page, then set `options.languages` to the result.
    public static func chooseLanguage(
        for page: PageImage,
        candidates: [String] = ["chi_sim", "chi_tra"],
        options: OCROptions = .init()
    ) throws(ScanError) -> String {
        var best: (language: String, confidence: Double)?
        for language in candidates {
            var candidate = options
            candidate.languages = language
            let engine = try TesseractEngine(options: candidate)
            // Preprocessing whitens red in place, so each run works on its own copy.
            let copy = try page.makePix(limits: options)
            let result = try recognize(copy, number: 1, options: candidate, engine: engine)
            if result.confidence > (best?.confidence ?? -1) { best = (language, result.confidence) }
        }
        guard let best else { throw .engineUnavailable("no candidate languages") }
        return best.language
    }
}
