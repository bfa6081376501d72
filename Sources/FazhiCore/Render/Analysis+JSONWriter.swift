// The Analysis JSON of the contract (DOMAIN.md), written directly: the same document as
// `JSONEncoder` with sorted keys gives, at a fraction of the cost. Missing values are `null`.

extension Analysis {
    /// The analysis as contract JSON (UTF-8 bytes).
    public func json(pretty: Bool = true) -> [UInt8] {
        var w = JSONWriter(pretty: pretty, capacity: 1024 + quantities.count * 300)
        w.object { w in
            w.key("document"); document.write(to: &w)
            w.key("findings"); w.array(findings) { w, f in f.write(to: &w) }
            w.key("framework"); framework.write(to: &w)
            w.key("metadata"); metadata.write(to: &w)
            w.key("outline"); w.array(outline) { w, s in s.write(to: &w) }
            w.key("parts"); w.array(parts) { w, p in p.write(to: &w) }
            w.key("quantities"); w.array(quantities) { w, q in q.write(to: &w) }
            w.key("source")
            w.object { w in
                w.key("characters"); w.number(source.characters)
                w.key("encoding"); w.string(source.encoding)
                w.key("format"); w.string(source.format)
                w.key("name"); w.string(source.name)
                if let confidence = source.ocrConfidence {
                    w.key("ocrConfidence")
                    w.array(confidence) { w, c in
                        w.object { w in
                            w.key("confidence"); w.number(c.confidence)
                            w.key("page"); w.number(c.page)
                        }
                    }
                }
                if let starts = source.pageStarts {
                    w.key("pageStarts"); w.array(starts) { w, s in w.number(s) }
                }
            }
        }
        return w.bytes
    }
}

extension TextRange {
    package func write(to w: inout JSONWriter) {
        w.object { w in
            w.key("end"); w.number(end)
            w.key("start"); w.number(start)
        }
    }
}

extension Optional where Wrapped == TextRange {
    func write(to w: inout JSONWriter) {
        if let range = self { range.write(to: &w) } else { w.null() }
    }
}

extension Finding {
    func write(to w: inout JSONWriter) {
        w.object { w in
            w.key("basis"); w.string(basis)
            w.key("message"); w.string(message)
            w.key("range"); range.write(to: &w)
            w.key("rule"); w.string(rule)
            w.key("severity"); w.string(severity.rawValue)
            w.key("subject"); w.string(subject)
        }
    }
}

extension Metadata {
    func write(to w: inout JSONWriter) {
        w.object { w in
            w.key("addressee"); w.string(addressee)
            w.key("documentNumber"); w.string(documentNumber)
            w.key("indexNumber"); w.string(indexNumber)
            w.key("issuer"); w.string(issuer)
            w.key("jurisdiction"); w.string(jurisdiction)
            w.key("level"); w.string(level?.rawValue)
            w.key("publishedOn"); w.string(publishedOn)
            w.key("reportYear"); w.number(reportYear)
            w.key("script"); w.string(script.rawValue)
            w.key("signedOn"); w.string(signedOn)
            w.key("title"); w.string(title)
        }
    }
}

extension Section {
    func write(to w: inout JSONWriter) {
        w.object { w in
            w.key("children"); w.array(children) { w, c in c.write(to: &w) }
            w.key("depth"); w.number(depth)
            w.key("heading"); w.string(heading)
            w.key("headingRange"); headingRange.write(to: &w)
            w.key("ordinal"); w.number(ordinal)
            w.key("range"); range.write(to: &w)
            w.key("style"); w.string(style)
        }
    }
}

extension Part {
    func write(to w: inout JSONWriter) {
        w.object { w in
            w.key("heading"); w.string(heading)
            w.key("inline"); w.bool(inline)
            w.key("kind"); w.string(kind.rawValue)
            w.key("range"); range.write(to: &w)
        }
    }
}

extension Quantity {
    func write(to w: inout JSONWriter) {
        w.object { w in
            w.key("approx"); w.string(approx?.rawValue)
            w.key("change"); w.number(change)
            if let changeBase { w.key("changeBase"); w.string(changeBase) }
            if let cue { w.key("cue"); w.string(cue) }
            w.key("indicator"); w.string(indicator)
            w.key("range"); range.write(to: &w)
            w.key("sentence"); sentence.write(to: &w)
            w.key("text"); w.string(text)
            w.key("unit"); w.string(unit)
            if let upperValue { w.key("upperValue"); w.number(upperValue) }
            w.key("value"); w.number(value)
        }
    }
}

extension Optional where Wrapped == DocumentClassification {
    func write(to w: inout JSONWriter) {
        guard let c = self else { w.null(); return }
        w.object { w in
            w.key("confident"); w.bool(c.confident)
            w.key("cues"); w.array(c.cues) { w, s in w.string(s) }
            w.key("kind"); w.string(c.kind.rawValue)
            w.key("reportScore"); w.number(c.reportScore)
        }
    }
}
