import Foundation
import ZIPFoundation

/// Lays a ``Workbook`` out as the parts of a SpreadsheetML package and adds them to a zip archive.
///
/// Entries, in order: `[Content_Types].xml` first (MIME sniffers look for it there), `_rels/.rels`,
/// `docProps/core.xml` and `docProps/app.xml`, `xl/workbook.xml` and its relationships, `xl/styles.xml`,
/// each worksheet followed by its hyperlink relationships, and last `xl/sharedStrings.xml`, complete only
/// once every sheet has been written.
struct XLSXPackage {
    /// The XML declaration every part starts with.
    static let declaration: StaticString = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    let workbook: Workbook
    /// The sheets to write: the workbook's, or one empty sheet, since a workbook needs one to open.
    let sheets: [Worksheet]
    let names: [String]

    init(workbook: Workbook) {
        self.workbook = workbook
        sheets = workbook.sheets.isEmpty ? [Worksheet(name: "", columns: [])] : workbook.sheets
        names = SheetName.resolve(sheets.map(\.name))
    }

    /// Adds every part to `archive`.
    func write(into archive: Archive) throws {
        for (sheet, name) in zip(sheets, names) {
            guard sheet.rows.count <= Worksheet.maximumRowCount else {
                throw XLSXError.tooManyRows(sheet: name, count: sheet.rows.count)
            }
            guard sheet.columnCount <= Worksheet.maximumColumnCount else {
                throw XLSXError.tooManyColumns(sheet: name, count: sheet.columnCount)
            }
        }
        let date = workbook.created
        try archive.addSpooledEntry("[Content_Types].xml", modified: date, build: contentTypes)
        try archive.addSpooledEntry("_rels/.rels", modified: date, build: Self.packageRelationships)
        try archive.addSpooledEntry("docProps/core.xml", modified: date, build: coreProperties)
        try archive.addSpooledEntry("docProps/app.xml", modified: date, build: appProperties)
        try archive.addSpooledEntry("xl/workbook.xml", modified: date, build: workbookPart)
        try archive.addSpooledEntry("xl/_rels/workbook.xml.rels", modified: date, build: workbookRelationships)
        try archive.addSpooledEntry("xl/styles.xml", modified: date) { $0.append(CellStyle.stylesheet) }

        let strings = SharedStrings()
        var references = 0
        for (index, (sheet, name)) in zip(sheets, names).enumerated() {
            var writer = SheetWriter(sheet: sheet, name: name, isSelected: index == 0, strings: strings)
            try archive.addSpooledEntry("xl/worksheets/sheet\(index + 1).xml", modified: date, writer: &writer)
            references += writer.stringReferences
            if !writer.links.isEmpty {
                let links = writer.links
                try archive.addSpooledEntry("xl/worksheets/_rels/sheet\(index + 1).xml.rels", modified: date) {
                    Self.hyperlinkRelationships(links, $0)
                }
            }
        }
        var sharedStrings = strings.part(references: references)
        try archive.addSpooledEntry("xl/sharedStrings.xml", modified: date, writer: &sharedStrings)
    }

    /// A sheet name as a formula prefix: `'报告'!`, with apostrophes doubled.
    static func quotedSheetName(_ name: String) -> String {
        "'" + name.replacingOccurrences(of: "'", with: "''") + "'!"
    }

    /// The used range in absolute form for a defined name: `$A$1:$J$100001`.
    static func absoluteRange(_ range: String) -> String {
        range.split(separator: ":").map { reference in
            let letters = reference.prefix(while: \.isLetter)
            return "$\(letters)$\(reference.dropFirst(letters.count))"
        }.joined(separator: ":")
    }
}
