/// The 落款 at the end of a report: the issuing body's name and the signing date.
///
/// Read backwards from the last line of report text, skipping site chrome and page furniture: a
/// line that is only a date, with an organization's name on the line(s) just above it.
public struct SignatureBlock: Sendable {
    public var issuer: Range<Int>?
    public var date: FoundDate?
    /// The first line of the block: the report's body ends before it.
    public var firstLine: Int

    static func find(in layout: TextLayout, vocabulary: MetadataVocabulary = .shared) -> SignatureBlock? {
        let text = layout.scalars
        let content = layout.contentLineIndices
        var examined = 0
        var index = content.count - 1
        // The date line: within the last few lines of text, a line that is a date and little else.
        var dateLine: Int?
        var date: FoundDate?
        while index >= 0, examined < 8 {
            let line = layout.lines[content[index]]
            examined += 1
            if line.content.count <= 20, let d = DateParser.firstDate(in: text, range: line.content),
               d.range.lowerBound - line.content.lowerBound <= 2,
               line.content.upperBound - d.range.upperBound <= 2 {
                dateLine = index
                date = d
                break
            }
            index -= 1
        }
        guard let dateIndex = dateLine else { return nil }
        var block = SignatureBlock(issuer: nil, date: date, firstLine: content[dateIndex])
        // The issuer: up to two lines above the date (a joint report names two bodies).
        var k = dateIndex - 1
        while k >= 0, k >= dateIndex - 2 {
            let line = layout.lines[content[k]]
            let name = layout.text(of: line).filter { !$0.isWhitespace }
            guard vocabulary.isOrganization(name), !name.contains("。"), !name.contains("，"),
                  !name.contains(",") else { break }
            block.issuer = line.content
            block.firstLine = content[k]
            k -= 1
        }
        return block
    }
}
