/// The GB/T 9704-2012 (党政机关公文格式) measures, in the units WordprocessingML uses.
///
/// A4 paper; 天头 (top) 37 mm, 订口 (left) 28 mm, so the 版心 is 156 × 225 mm, leaving 26 mm on the
/// right and 35 mm at the bottom. 22 lines of 28 characters of 3号 (16 pt) text fill the 版心: a line
/// pitch of 225 mm / 22 ≈ 28.95 pt, a character pitch of 156 mm / 28 ≈ 15.8 pt. Title 2号 (22 pt)
/// 小标宋, body 3号 仿宋, 一、 in 黑体, (一) in 楷体; page numbers 4号 (14 pt) "— 1 —" 7 mm below the
/// 版心, right on odd pages and left on even ones, one character in from the edge of the 版心.
public enum GBT9704 {
    /// Twentieths of a point in a millimetre.
    static func twips(millimetres: Double) -> Int { Int((millimetres * 1440 / 25.4).rounded()) }

    static let pageWidth = 11_906
    static let pageHeight = 16_838
    static let marginTop = twips(millimetres: 37)
    static let marginBottom = twips(millimetres: 35)
    static let marginLeft = twips(millimetres: 28)
    static let marginRight = twips(millimetres: 26)
    /// The page number's baseline sits 7 mm below the 版心: the footer ends about 35 − 7 − 5 mm from the edge.
    static let footerDistance = twips(millimetres: 23)

    public static let linesPerPage = 22
    public static let charactersPerLine = 28
    /// 225 mm / 22 lines, in twips (≈ 28.95 pt).
    static let linePitch = twips(millimetres: 225) / 22
    /// Each character is condensed by this many twentieths of a point so that 28 characters of 16 pt
    /// fit the 156 mm line (442 pt / 28 = 15.79 pt): −0.25 pt gives 15.75 pt.
    ///
    /// The line grid is a `docGrid` of type `lines`; a `linesAndChars` grid would express the character
    /// pitch too, but Word and LibreOffice read its `charSpace` differently (LibreOffice set 19 characters
    /// a line with the value that gives Word 28), while condensed spacing reads the same everywhere.
    static let characterSpacing = -5

    /// Font sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt.
    static let titleSize = 44
    static let bodySize = 32
    static let pageNumberSize = 28
    /// One body character (3号) in twips, for indents.
    static let character = 320

    /// The faces the standard names, each with the free font a reader without it should fall back to
    /// (written as the font table's `altName`; Debian: fonts-noto-cjk).
    static let titleFont = ("方正小标宋简体", "Noto Serif CJK SC")
    static let bodyFont = ("仿宋_GB2312", "Noto Serif CJK SC")
    static let heading1Font = ("黑体", "Noto Sans CJK SC")
    static let heading2Font = ("楷体_GB2312", "Noto Serif CJK SC")
    static let pageNumberFont = ("宋体", "Noto Serif CJK SC")
    static let latinFont = "Times New Roman"
}
