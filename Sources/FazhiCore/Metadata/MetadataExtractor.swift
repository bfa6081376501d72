/// Reads a report's metadata: title, issuer, report year, dates, 文号, 索引号, addressee.
///
/// Works on the normalized (simplified) text, so every string it returns is simplified.
/// The jurisdiction and level are completed afterwards from the gazetteer.
public struct MetadataExtractor: Sendable {
    /// What the extractor found, with the places the structure needs.
    public struct Result: Sendable {
        public var metadata: Metadata
        /// The lines that hold the report's body (after the title block, before the 落款).
        public var body: Range<Int>
        /// Where the title stands, if found.
        public var titleRange: Range<Int>?
        /// Where the signature block starts, if found.
        public var signatureRange: Range<Int>?
        /// Where the issuer's name was read.
        public var issuerSource: String?
    }

    let vocabulary: MetadataVocabulary

    public init(vocabulary: MetadataVocabulary = .shared) {
        self.vocabulary = vocabulary
    }

    public func extract(_ layout: TextLayout, script: Script) -> Result {
        let text = layout.scalars
        var metadata = Metadata(script: script)
        let lines = layout.lines
        let firstHeading = lines.indices.first { i in
            !lines[i].isBlank && !lines[i].isChrome
                && HeadingMarker.parse(text, at: lines[i].content.lowerBound, end: lines[i].content.upperBound).map {
                    $0.style == .chinese || $0.style == .part
                } == true
        } ?? lines.count
        let signature = SignatureBlock.find(in: layout, vocabulary: vocabulary)
        let tailStart = max(signature?.firstLine ?? lines.count, lines.count - 12)
        let headerLines = 0..<firstHeading
        let fields = LabeledFields.find(in: layout, lines: Array(headerLines) + Array(max(firstHeading, tailStart)..<lines.count),
                                        vocabulary: vocabulary)
        func field(_ name: String) -> LabeledField? {
            fields.first { $0.field == name && !$0.value.isEmpty }
        }
        func string(_ r: Range<Int>) -> String { layout.string(r).filter { !$0.isWhitespace } }

        // Title: a title line near the top, else the page's 标题/内容概述 field.
        let title = TitleFinder.find(in: layout, before: firstHeading, vocabulary: vocabulary)
        metadata.title = title?.text ?? field("title").map { TitleFinder.clean(Array(text[$0.value])) }
        // A headline that announces the report (应急管理部发布2023年法治政府建设年度报告, 湖南省人民政府
        // 公布…) names the body that issued it.
        let announcer = metadata.title.flatMap(announcingBody)
        var titleRange: Range<Int>?
        if let title { titleRange = lines[title.lines.lowerBound].content.lowerBound..<lines[title.lines.upperBound].content.upperBound }

        // Document number and index number from labels, or a 文号 line just under the title.
        metadata.documentNumber = field("documentNumber").flatMap { f in
            DocumentNumber.range(in: string(f.value)).map { String(string(f.value)[$0]) } ?? nonEmpty(string(f.value))
        }
        if metadata.documentNumber == nil, let title {
            for i in title.lines.lowerBound...min(title.lines.upperBound + 2, lines.count - 1) where !lines[i].isBlank {
                let s = string(lines[i].content)
                if let r = DocumentNumber.range(in: s), s.count <= 40 { metadata.documentNumber = String(s[r]); break }
            }
        }
        metadata.indexNumber = field("indexNumber").flatMap { nonEmpty(string($0.value)) }

        // Dates: published from the page's labels; signed from the 落款.
        for f in fields where f.field == "publishedOn" {
            if let d = DateParser.firstDate(in: text, range: f.value) { metadata.publishedOn = d.iso; break }
        }
        metadata.signedOn = signature?.date?.iso

        // Issuer: the 落款, the title's own words, the page's 发布机构 (an office publishes for its
        // government), a government named by the page's 来源, a body's name on the line above the title.
        var issuerSource: String?
        if let r = signature?.issuer {
            metadata.issuer = string(r)
            issuerSource = "signature"
        } else if let announcer {
            metadata.issuer = announcer
            issuerSource = "headline"
        } else if let t = metadata.title, let name = issuer(fromTitle: t) {
            metadata.issuer = name
            issuerSource = "title"
        } else if let f = field("issuer"), let name = issuer(fromLabel: string(f.value), governmentsOnly: false) {
            metadata.issuer = name
            issuerSource = "label"
        } else if let f = field("source"), let name = issuer(fromLabel: string(f.value), governmentsOnly: true) {
            metadata.issuer = name
            issuerSource = "label"
        } else if let title, let name = titleLines(title, in: layout, before: firstHeading).lazy
                    .compactMap({ self.unitLine(above: $0, in: layout) }).first {
            metadata.issuer = name
            issuerSource = "heading"
        }

        metadata.addressee = addressee(layout, after: title?.lines.upperBound ?? -1, before: firstHeading)
        metadata.reportYear = ReportYear.infer(title: metadata.title, layout: layout, firstHeading: firstHeading,
                                               published: metadata.publishedOn, signed: signature?.date)

        var bodyStart = (title?.lines.upperBound).map { $0 + 1 } ?? 0
        if bodyStart > firstHeading { bodyStart = firstHeading }
        let bodyEnd = max(bodyStart, signature?.firstLine ?? lines.count)
        let signatureRange = signature.map { lines[$0.firstLine].content.lowerBound..<(lines[$0.firstLine].content.upperBound) }
        return Result(metadata: metadata, body: bodyStart..<bodyEnd, titleRange: titleRange,
                      signatureRange: signatureRange, issuerSource: issuerSource)
    }

    /// 厦门市海沧区人民政府关于2020年… → 厦门市海沧区人民政府; 北京市门头沟区人民政府2020年… → 北京市门头沟区人民政府.
    /// A title that opens with a place only (澧浦镇2023年…, 大连市2024年…) names no body.
    func issuer(fromTitle title: String) -> String? {
        var candidates: [Substring] = []
        if let r = title.range(of: "关于") { candidates.append(title[..<r.lowerBound]) }
        if let i = title.firstIndex(where: \.isDecimalDigit) { candidates.append(title[..<i]) }
        for c in candidates {
            let name = String(c)
            if vocabulary.isOrganization(name), !Self.placeEnds.contains(where: { name.hasSuffix($0) }) { return name }
        }
        return nil
    }

    /// The body a news headline says published the report: X发布/公布… before the report's year.
    func announcingBody(_ title: String) -> String? {
        for verb in ["发布", "公布", "公开"] {
            guard let r = title.range(of: verb), let digit = title.firstIndex(where: \.isDecimalDigit),
                  r.upperBound <= digit else { continue }
            let name = String(title[..<r.lowerBound])
            if CentralBodies.shared.body(named: name) != nil { return name }
            if vocabulary.isOrganization(name), !Self.placeEnds.contains(where: { name.hasSuffix($0) }) { return name }
        }
        return nil
    }

    /// Endings that make a name a place rather than a body (a township's 镇 is both: its body is
    /// written 镇人民政府 or 镇党委).
    static let placeEnds = ["镇", "乡", "街道", "苏木", "市", "区", "县", "旗", "省"]

    /// The issuer a page's label names: an organization's name with its place (a government's
    /// 办公室 stands for the government: 天水市人民政府办公室 → 天水市人民政府); with
    /// `governmentsOnly` (a 来源 label) only a government or township, not the department that drafted.
    func issuer(fromLabel value: String, governmentsOnly: Bool) -> String? {
        guard vocabulary.isOrganization(value) else { return nil }
        var name = value
        for office in ["人民政府办公室", "人民政府办公厅", "政府办公室", "政府办"] where name.hasSuffix(office) {
            name = String(name.dropLast(office.count)) + (office.hasPrefix("人民") ? "人民政府" : "政府")
            break
        }
        // A bare 区人民政府 or 司法局 names no place.
        let place = name.replacingOccurrences(of: "人民政府", with: "").replacingOccurrences(of: "政府", with: "")
        guard place.unicodeScalars.count >= 2, !["区", "县", "市", "省", "镇", "乡"].contains(place) else { return nil }
        if governmentsOnly {
            let government = name.hasSuffix("政府") || name.hasSuffix("办事处") || name.hasSuffix("镇") || name.hasSuffix("乡")
                || name.hasSuffix("街道") || name.hasSuffix("管委会") || name.hasSuffix("管理委员会")
            guard government else { return nil }
        }
        return name
    }

    /// Where the title stands, and where a page repeats it below its metadata block (a capture
    /// often shows the title in the page header and again, under the body's name, above the text).
    func titleLines(_ title: TitleFinder.Found, in layout: TextLayout, before limit: Int) -> [Int] {
        var found = [title.lines.lowerBound]
        for i in layout.contentLineIndices where i > title.lines.upperBound && i < min(limit, title.lines.upperBound + 30) {
            let content = layout.scalars[layout.lines[i].content]
            if content.count <= 70, TitleFinder.clean(Array(content)) == title.text { found.append(i) }
        }
        return found
    }

    /// A body's name on its own line just above the title (眉山市彭山区公义镇人民政府 / 2021年…报告).
    func unitLine(above titleLine: Int, in layout: TextLayout) -> String? {
        let text = layout.scalars
        for i in layout.contentLineIndices.reversed() where i < titleLine && i >= titleLine - 3 {
            let content = text[layout.lines[i].content]
            let s = String(scalars: content).filter { !$0.isWhitespace }
            guard s.unicodeScalars.count <= 30, !TitleFinder.hasLabel(content), !s.contains("。"), !s.contains("，") else { return nil }
            return ["人民政府", "办事处", "管委会", "管理委员会", "局", "厅", "委员会", "办公室", "中心", "部", "署"].contains { s.hasSuffix($0) } ? s : nil
        }
        return nil
    }

    /// The addressee line: a short line ending in a colon that names a body (海沧区人大常委会:).
    func addressee(_ layout: TextLayout, after titleLine: Int, before limit: Int) -> String? {
        let text = layout.scalars
        for i in layout.contentLineIndices where i > titleLine && i < limit {
            let content = text[layout.lines[i].content]
            guard let last = content.last, last == ":" || last == "：", content.count <= 40,
                  !content.contains("，"), !content.contains(","), !content.contains("。") else { continue }
            let body = content.dropLast()
            let s = String(scalars: body).filter { !$0.isWhitespace }
            if s.contains("如下") { continue }
            if vocabulary.containsAddresseeWord(body) { return s }
        }
        return nil
    }

    private func nonEmpty(_ s: String) -> String? { s.isEmpty ? nil : s }
}
