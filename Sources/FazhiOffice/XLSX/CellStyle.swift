/// The cell formats of every workbook, as indices into `cellXfs` of `xl/styles.xml`.
///
/// The stylesheet is fixed: three fonts (宋体 11 pt — WPS's default and present on every Chinese Windows,
/// whose Han characters are exactly two digits wide, as column widths assume — in regular, bold for the
/// header and blue underlined for links), the two fills the format reserves (`none`, `gray125`) plus the
/// header fill, no border or a thin one around header cells, and two custom number formats:
/// `yyyy-mm-dd` for dates and `0.00` for decimals.
enum CellStyle: Int {
    /// The default format; never written explicitly.
    case standard = 0
    /// Header: bold, filled, bordered, centred, wrapping.
    case header
    /// Text, top-aligned.
    case text
    /// Text wider than its column: top-aligned, wrapping.
    case wrappedText
    /// Integers: format `0`.
    case integer
    /// Decimals: format `0.00`.
    case decimal
    /// Dates: format `yyyy-mm-dd`.
    case date
    /// Links: blue, underlined.
    case link

    /// The closing quote of a cell's `r` attribute and its `s` attribute: `" s="2"`.
    var attribute: StaticString {
        switch self {
        case .standard: "\" s=\"0\""
        case .header: "\" s=\"1\""
        case .text: "\" s=\"2\""
        case .wrappedText: "\" s=\"3\""
        case .integer: "\" s=\"4\""
        case .decimal: "\" s=\"5\""
        case .date: "\" s=\"6\""
        case .link: "\" s=\"7\""
        }
    }

    /// `xl/styles.xml`.
    static let stylesheet: StaticString = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="2">\
        <numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>\
        <numFmt numFmtId="165" formatCode="0.00"/>\
        </numFmts>\
        <fonts count="3">\
        <font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>\
        <font><b/><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>\
        <font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="宋体"/><family val="3"/><charset val="134"/></font>\
        </fonts>\
        <fills count="3">\
        <fill><patternFill patternType="none"/></fill>\
        <fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>\
        </fills>\
        <borders count="2">\
        <border><left/><right/><top/><bottom/><diagonal/></border>\
        <border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>\
        <top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>\
        </borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="8">\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" \
        applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">\
        <alignment vertical="top"/></xf>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">\
        <alignment vertical="top" wrapText="1"/></xf>\
        <xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1">\
        <alignment vertical="top"/></xf>\
        <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1">\
        <alignment vertical="top"/></xf>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1">\
        <alignment vertical="top"/></xf>\
        <xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">\
        <alignment vertical="top"/></xf>\
        </cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        <dxfs count="0"/>\
        <tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>\
        </styleSheet>
        """
}
