// The JSON of `fazhi similar --format json`: an array of pairs, keys sorted, ranges as in the
// Analysis JSON (code-point offsets into each decoded original).

extension ReportComparison {
    /// The comparisons as a JSON array (UTF-8 bytes).
    public static func json(_ comparisons: [ReportComparison], pretty: Bool = true) -> [UInt8] {
        var w = JSONWriter(pretty: pretty, capacity: 4096)
        w.array(comparisons) { w, c in c.write(to: &w) }
        return w.bytes
    }

    func write(to w: inout JSONWriter) {
        w.object { w in
            w.key("a"); a.write(to: &w)
            w.key("b"); b.write(to: &w)
            w.key("parts"); w.array(results) { w, r in r.write(to: &w) }
            w.key("verdict"); w.string(verdict.rawValue)
        }
    }
}

extension ReportComparison.Side {
    func write(to w: inout JSONWriter) {
        w.object { w in
            w.key("jurisdiction"); w.string(jurisdiction)
            w.key("name"); w.string(name)
            w.key("reportYear"); w.number(reportYear)
        }
    }
}

extension SimilarityResult {
    func write(to w: inout JSONWriter) {
        func rounded(_ v: Double) -> Double { (v * 10_000).rounded() / 10_000 }
        w.object { w in
            w.key("aInB"); w.number(rounded(aInB))
            w.key("bInA"); w.number(rounded(bInA))
            w.key("estimatedJaccard"); w.number(rounded(estimatedJaccard))
            w.key("jaccard"); w.number(rounded(jaccard))
            w.key("kindA"); w.string(kindA.rawValue)
            w.key("kindB"); w.string(kindB.rawValue)
            w.key("passages"); w.array(passages) { w, p in p.write(to: &w) }
            w.key("shared"); w.number(shared)
            w.key("shinglesA"); w.number(shinglesA)
            w.key("shinglesB"); w.number(shinglesB)
            w.key("verdict"); w.string(verdict.rawValue)
        }
    }
}

extension SharedPassage {
    func write(to w: inout JSONWriter) {
        w.object { w in
            w.key("a"); a.write(to: &w)
            w.key("b"); b.write(to: &w)
            w.key("identical"); w.number(identical)
            w.key("length"); w.number(length)
            w.key("textA"); w.string(textA)
            w.key("textB"); w.string(textB)
        }
    }
}
