import Foundation

/// Lays a draft out as a .docx, the way offices file their reports: the title centred and
/// bold, part headings bold, paragraphs indented two characters; the title in the core
/// properties when the author filled it in.
///
/// Entries carry the signing date as their time stamp, so the same report gives the same bytes.
enum SynthDocx {
    static func data(_ draft: SynthDraft, signed: SynthDate, coreTitle: Bool) throws(DocxWriter.Failure) -> Data {
        var body = ""
        body.reserveCapacity(draft.body.count * 200 + 1000)
        for line in draft.titleLines { body += DocxWriter.paragraph(line, align: "center", bold: true, size: 44) }
        if let number = draft.docNumber { body += DocxWriter.paragraph(number, align: "center") }
        for line in draft.body {
            body += DocxWriter.paragraph(line.text, bold: line.kind == .part, indent: true)
        }
        return try DocxWriter.docx(
            body: body, title: coreTitle ? draft.title : nil,
            date: Date(timeIntervalSince1970: Double(signed.daysSince1970) * 86_400 + 9 * 3_600))
    }
}
