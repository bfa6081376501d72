import FazhiDraft
import FazhiOffice
import Foundation
import Testing

/// The .docx package's parts, read back with Python's zipfile and XML parser: every part is present,
/// well-formed and related, and the section has A4, the GB/T 9704 margins, the 22-line grid and the
/// odd/even footers.
struct DocxPackageTests {
    static let script = """
        import json, sys, zipfile, xml.dom.minidom
        z = zipfile.ZipFile(sys.argv[1])
        parts = {n: xml.dom.minidom.parseString(z.read(n)) for n in z.namelist()}
        doc = parts['word/document.xml']
        attr = lambda el: {k: v for k, v in el.attributes.items()}
        print(json.dumps({
          'names': z.namelist(),
          'pgSz': attr(doc.getElementsByTagName('w:pgSz')[0]),
          'pgMar': attr(doc.getElementsByTagName('w:pgMar')[0]),
          'docGrid': attr(doc.getElementsByTagName('w:docGrid')[0]),
          'footers': [attr(f) for f in doc.getElementsByTagName('w:footerReference')],
          'rels': [attr(r)['Target'] for r in parts['word/_rels/document.xml.rels'].getElementsByTagName('Relationship')],
          'overrides': [attr(o)['PartName'] for o in parts['[Content_Types].xml'].getElementsByTagName('Override')],
          'evenAndOdd': len(parts['word/settings.xml'].getElementsByTagName('w:evenAndOddHeaders')),
          'footer1': ''.join(t.firstChild.data for t in parts['word/footer1.xml'].getElementsByTagName('w:t')),
          'eastAsia': sorted({attr(f).get('w:eastAsia', '') for p in ('word/styles.xml', 'word/document.xml')
                              for f in parts[p].getElementsByTagName('w:rFonts')}),
          'titleSize': [attr(s)['w:val'] for st in parts['word/styles.xml'].getElementsByTagName('w:style')
                        if attr(st)['w:styleId'] == 'Title' for s in st.getElementsByTagName('w:sz')],
        }, ensure_ascii=False))
        """

    struct Package: Decodable {
        var names: [String]
        var pgSz: [String: String]
        var pgMar: [String: String]
        var docGrid: [String: String]
        var footers: [[String: String]]
        var rels: [String]
        var overrides: [String]
        var evenAndOdd: Int
        var footer1: String
        var eastAsia: [String]
        var titleSize: [String]
    }

    @Test func packageHasEveryPartInTheOfficialLayout() throws {
        let draft = try Drafter().draft(ledgerText: try Sample.ledgerText, format: .docx)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-\(UUID().uuidString).docx")
        defer { try? FileManager.default.removeItem(at: file) }
        try draft.bytes.write(to: file)
        let python = try Tool.find(["python3"], package: "python3")
        let (status, output) = try Tool.run(python, ["-c", Self.script, file.path])
        #expect(status == 0)
        let package = try JSONDecoder().decode(Package.self, from: Data(output.utf8))

        #expect(package.names.first == "[Content_Types].xml")
        for part in ["word/styles.xml", "word/settings.xml", "word/fontTable.xml", "word/footer1.xml", "word/footer2.xml"] {
            #expect(package.names.contains(part))
            #expect(package.rels.contains(String(part.dropFirst(5))))
            #expect(package.overrides.contains("/" + part))
        }
        #expect(package.pgSz == ["w:w": "11906", "w:h": "16838"])
        // 37, 35, 28 and 26 mm in twips.
        #expect(package.pgMar["w:top"] == "2098" && package.pgMar["w:bottom"] == "1984")
        #expect(package.pgMar["w:left"] == "1587" && package.pgMar["w:right"] == "1474")
        #expect(package.docGrid["w:linePitch"] == "579")
        #expect(package.footers.map { $0["w:type"] } == ["default", "even"])
        #expect(package.evenAndOdd == 1)
        #expect(package.footer1 == "— 1 —")
        #expect(Set(["方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312"]).isSubset(of: Set(package.eastAsia)))
        #expect(package.titleSize == ["44"])
    }

    @Test func sameLedgerGivesTheSameBytes() throws {
        let first = try Drafter().draft(ledgerText: try Sample.ledgerText, format: .docx)
        let second = try Drafter().draft(ledgerText: try Sample.ledgerText, format: .docx)
        #expect(first.bytes == second.bytes)
        #expect(first.document.created == ISO8601DateFormatter().date(from: "2024-02-20T09:00:00Z"))
    }
}
