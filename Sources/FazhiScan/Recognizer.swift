import Foundation

/// Entry points. All functions are synchronous and thread-safe; each call (or
/// each worker of the parallel call) uses its own Tesseract instance.
public enum Recognizer {
    /// Recognizes one rendered page (cairo ARGB32).
    public static func recognize(_ page: PageImage, number: Int, options: OCROptions = .init()) throws(ScanError) -> ScannedPage {
        let engine = try TesseractEngine(options: options)
        return try recognize(page, number: number, options: options, engine: engine)
    }

    /// Recognizes PNG, JPEG or TIFF bytes; every page of a multi-page TIFF, numbered from 1.
    public static func recognize(imageData: Data, options: OCROptions = .init()) throws(ScanError) -> [ScannedPage] {
        let pixes = try ImageDecoding.decode(imageData, options: options)
        let engine = try TesseractEngine(options: options)
        var pages: [ScannedPage] = []
        for (index, pix) in pixes.enumerated() {
            pages.append(try recognize(pix, number: index + 1, options: options, engine: engine))
        }
        return pages
    }

    /// Recognizes many pages in parallel (`options.threads` workers, one
    /// Tesseract each). `page(i)` is called for i in 0..<count, possibly
    /// concurrently, so a renderer can produce pages lazily and memory stays at
    /// about `threads` pages. Results are in page order; page numbers are i + 1.
    /// `progress(done, total)` is called after every page, from worker threads.
    public static func recognize(
        count: Int,
        options: OCROptions = .init(),
        page: @escaping @Sendable (Int) throws(ScanError) -> PageImage,
        progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) -> [Result<ScannedPage, ScanError>] {
        ParallelRunner.run(count: count, threads: options.threads, progress: progress) {
            Result { () throws(ScanError) -> TesseractEngine in try TesseractEngine(options: options) }
        } work: { engine, index throws(ScanError) in
            let image = try page(index)
            return try recognize(image, number: index + 1, options: options, engine: engine.get())
        }
    }

    /// Convenience over the page-provider variant for pages already in memory.
    public static func recognize(
        pages: [PageImage],
        options: OCROptions = .init(),
        progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) -> [Result<ScannedPage, ScanError>] {
        recognize(count: pages.count, options: options, page: { pages[$0] }, progress: progress)
    }

    static func recognize(_ page: PageImage, number: Int, options: OCROptions, engine: TesseractEngine) throws(ScanError) -> ScannedPage {
        let pix = try page.makePix(limits: options)
        return try recognize(pix, number: number, options: options, engine: engine)
    }

    static func recognize(_ pix: OwnedPix, number: Int, options: OCROptions, engine: TesseractEngine) throws(ScanError) -> ScannedPage {
        let prepared = try Preprocess.run(pix, options: options)
        let raw = try engine.recognize(prepared)
        let text = TextPostprocessor.clean(raw.text, joinCJKWithLatin: options.joinCJKWithLatin)
        return ScannedPage(number: number, text: text, confidence: raw.confidence)
    }
}

extension Recognizer {
    /// Recognizes many encoded images (PNG/JPEG/TIFF, e.g. the images of a
    /// report published as a picture gallery) in parallel; one result per input,
    /// in input order. A multi-page TIFF yields several pages in its result.
    public static func recognize(
        imageData images: [Data],
        options: OCROptions = .init(),
        progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) -> [Result<[ScannedPage], ScanError>] {
        ParallelRunner.run(count: images.count, threads: options.threads, progress: progress) {
            Result { () throws(ScanError) -> TesseractEngine in try TesseractEngine(options: options) }
        } work: { engine, index throws(ScanError) in
            let engine = try engine.get()
            let pixes = try ImageDecoding.decode(images[index], options: options)
            var pages: [ScannedPage] = []
            for (n, pix) in pixes.enumerated() {
                pages.append(try recognize(pix, number: n + 1, options: options, engine: engine))
            }
            return pages
        }
    }
}
