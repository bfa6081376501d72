/// A rendered page in cairo's `CAIRO_FORMAT_ARGB32` layout: each pixel is a
/// native-endian 32-bit word 0xAARRGGBB (premultiplied alpha), i.e. the bytes
/// B, G, R, A in memory on little-endian machines. This is what a
/// poppler + cairo renderer hands over without any conversion.
public struct PageImage: Sendable {
    public var width: Int
    public var height: Int
    /// Row stride in bytes (cairo pads rows; must be ≥ 4 × width).
    public var bytesPerRow: Int
    public var pixels: [UInt8]
    /// Rendering resolution if known (helps Tesseract size its features); 0 = unknown.
    public var dotsPerInch: Int

    public init(width: Int, height: Int, bytesPerRow: Int, pixels: [UInt8], dotsPerInch: Int = 0) {
        self.width = width
        self.height = height
        self.bytesPerRow = bytesPerRow
        self.pixels = pixels
        self.dotsPerInch = dotsPerInch
    }
}
