import CTesseract

extension PageImage {
    /// Validates the buffer and copies it into a 32 bpp Leptonica image.
    /// Cairo words are 0xAARRGGBB (premultiplied); Leptonica words are 0xRRGGBBAA.
    /// Transparent areas are composited over white paper.
    func makePix(limits options: OCROptions) throws(ScanError) -> OwnedPix {
        guard width > 0, height > 0 else { throw .notAnImage("empty page image \(width)×\(height)") }
        guard width <= options.maxDimension, height <= options.maxDimension,
              width.multipliedReportingOverflow(by: height).partialValue <= options.maxPixels
        else { throw .imageTooLarge(width: width, height: height) }
        guard bytesPerRow >= width * 4, bytesPerRow % 4 == 0,
              pixels.count >= bytesPerRow * (height - 1) + width * 4
        else { throw .notAnImage("pixel buffer of \(pixels.count) bytes does not fit \(width)×\(height) stride \(bytesPerRow)") }
        _ = quietLeptonica
        guard let pix = OwnedPix(taking: pixCreate(Int32(width), Int32(height), 32)) else {
            throw .notAnImage("cannot allocate \(width)×\(height) image")
        }
        if dotsPerInch > 0 { pixSetResolution(pix.raw, Int32(dotsPerInch), Int32(dotsPerInch)) }
        let wpl = Int(pixGetWpl(pix.raw))
        let dst = pixGetData(pix.raw)!
        pixels.withUnsafeBytes { src in
            for y in 0..<height {
                let row = dst + y * wpl
                let base = y * bytesPerRow
                for x in 0..<width {
                    let word = src.loadUnaligned(fromByteOffset: base + 4 * x, as: UInt32.self)
                    let argb = UInt32(littleEndian: word)
                    let paper = 255 - (argb >> 24)  // premultiplied: add white × (1 − alpha)
                    let r = ((argb >> 16) & 0xFF) + paper
                    let g = ((argb >> 8) & 0xFF) + paper
                    let b = (argb & 0xFF) + paper
                    row[x] = (min(r, 255) << 24) | (min(g, 255) << 16) | (min(b, 255) << 8) | 0xFF
                }
            }
        }
        return pix
    }
}
