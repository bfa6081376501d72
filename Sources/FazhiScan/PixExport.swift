import Foundation
import CTesseract

extension PageImage {
    /// Copies a 32 bpp Leptonica image into cairo ARGB32 layout (opaque).
    /// Used by tests and tools to build `PageImage`s from image files.
    init?(pix source: OwnedPix) {
        guard let pix32 = source.depth == 32 ? source : OwnedPix(taking: pixConvertTo32(source.raw)) else { return nil }
        let w = pix32.width, h = pix32.height, wpl = Int(pixGetWpl(pix32.raw))
        guard let data = pixGetData(pix32.raw) else { return nil }
        var bytes = [UInt8](repeating: 0, count: w * h * 4)
        bytes.withUnsafeMutableBytes { out in
            for y in 0..<h {
                for x in 0..<w {
                    let rgba = data[y * wpl + x]  // 0xRRGGBBAA
                    let argb = UInt32(0xFF00_0000) | (rgba >> 8)
                    out.storeBytes(of: argb.littleEndian, toByteOffset: (y * w + x) * 4, as: UInt32.self)
                }
            }
        }
        self.init(width: w, height: h, bytesPerRow: w * 4, pixels: bytes, dotsPerInch: Int(pixGetXRes(pix32.raw)))
    }

    /// Decodes PNG/JPEG/TIFF bytes (first page) into a `PageImage`.
    public init(decoding data: Data, options: OCROptions = .init()) throws(ScanError) {
        let pixes = try ImageDecoding.decode(data, options: options)
        guard let image = PageImage(pix: pixes[0]) else { throw .notAnImage("cannot convert to ARGB32") }
        self = image
    }
}
