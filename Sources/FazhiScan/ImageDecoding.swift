import CTesseract
import Foundation

/// Decodes PNG / JPEG / TIFF bytes with Leptonica after checking the header,
/// so oversized images are refused before any pixel memory is allocated.
enum ImageDecoding {
    static func decode(_ data: Data, options: OCROptions) throws(ScanError) -> [OwnedPix] {
        _ = quietLeptonica
        guard !data.isEmpty else { throw .notAnImage("no bytes") }
        let result: Result<[OwnedPix], ScanError> = data.withUnsafeBytes { buffer in
            let bytes = buffer.bindMemory(to: UInt8.self)
            guard let base = bytes.baseAddress else { return .failure(.notAnImage("no bytes")) }
            var format: Int32 = 0, w: Int32 = 0, h: Int32 = 0, bps: Int32 = 0, spp: Int32 = 0, cmap: Int32 = 0
            guard pixReadHeaderMem(base, bytes.count, &format, &w, &h, &bps, &spp, &cmap) == 0 else {
                return .failure(.notAnImage("unrecognized or corrupt image header (\(data.count) bytes)"))
            }
            do throws(ScanError) {
                try checkSize(Int(w), Int(h), options)
                if isTIFF(format) {
                    guard let pixa = pixaReadMemMultipageTiff(base, bytes.count) else {
                        return .failure(.notAnImage("corrupt TIFF"))
                    }
                    var owned: UnsafeMutablePointer<PIXA>? = pixa
                    defer { pixaDestroy(&owned) }
                    var pages: [OwnedPix] = []
                    for i in 0..<pixaGetCount(pixa) {
                        guard let page = OwnedPix(taking: pixaGetPix(pixa, i, Int32(L_CLONE))) else {
                            return .failure(.notAnImage("corrupt TIFF page \(i + 1)"))
                        }
                        try checkSize(page.width, page.height, options)
                        pages.append(page)
                    }
                    return pages.isEmpty ? .failure(.notAnImage("TIFF without pages")) : .success(pages)
                }
                guard let pix = OwnedPix(taking: pixReadMem(base, bytes.count)) else {
                    return .failure(.notAnImage("corrupt image data"))
                }
                try checkSize(pix.width, pix.height, options)
                return .success([pix])
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    static func checkSize(_ w: Int, _ h: Int, _ options: OCROptions) throws(ScanError) {
        guard w > 0, h > 0 else { throw .notAnImage("image has no pixels (\(w)×\(h))") }
        guard w <= options.maxDimension, h <= options.maxDimension, w * h <= options.maxPixels else {
            throw .imageTooLarge(width: w, height: h)
        }
    }

    static func isTIFF(_ format: Int32) -> Bool {
        let tiff: [Int32] = [IFF_TIFF, IFF_TIFF_PACKBITS, IFF_TIFF_RLE, IFF_TIFF_G3, IFF_TIFF_G4,
                             IFF_TIFF_LZW, IFF_TIFF_ZIP, IFF_TIFF_JPEG].map { Int32($0) }
        return tiff.contains(format)
    }
}
