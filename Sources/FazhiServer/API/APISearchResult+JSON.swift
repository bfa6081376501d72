import FazhiCore
import FazhiStore

extension APISearchResult {
    /// The result as compact JSON, keys sorted and absent values left out, as `JSONEncoder` wrote
    /// it (`OpenAPITests` checks it against the schema): a search's 20 hits cost JSONEncoder more
    /// than a tenth of the search.
    func json() -> [UInt8] {
        var w = JSONWriter(pretty: false, capacity: 1024 + hits.reduce(0) { $0 + $1.paragraph.utf8.count + 256 })
        w.object { w in
            w.key("hits")
            w.array(hits) { w, hit in hit.write(to: &w) }
            w.key("query"); w.string(query)
        }
        return w.bytes
    }
}

extension SearchHit {
    func write(to w: inout JSONWriter) {
        w.object { w in
            w.key("areas"); w.array(areas) { w, area in w.string(area) }
            w.key("highlights"); w.array(highlights) { w, range in range.write(to: &w) }
            if let jurisdiction { w.key("jurisdiction"); w.string(jurisdiction) }
            w.key("paragraph"); w.string(paragraph)
            if let part { w.key("part"); w.string(part) }
            w.key("range"); range.write(to: &w)
            w.key("rank"); w.number(rank)
            w.key("reportID"); w.number(Int(reportID))
            if let reportYear { w.key("reportYear"); w.number(reportYear) }
            if let title { w.key("title"); w.string(title) }
        }
    }
}
