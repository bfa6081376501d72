/// What the generator planted in one synthetic report: one line of `manifest.jsonl`, the ground
/// truth tests and benchmarks check the analyzer against.
///
/// Strings are simplified script whatever the report's script; `file` is relative to the corpus
/// folder; dates are `YYYY-MM-DD` and `null` when the report does not write them.
public struct SynthTruth: Sendable, Codable, Hashable {
    /// A catalog figure as planted: `1.2万余条` is value 12000, unit 条, approx `over`.
    public struct Figure: Sendable, Codable, Hashable {
        public var id: String
        public var value: Double
        public var unit: String
        public var approx: Approx?
        /// Signed, for a figure written as a change (败诉率同比下降8.4%: -8.4).
        public var change: Double?
        /// As written, simplified script.
        public var text: String
    }

    /// A rate stated next to its counts, and whether it agrees with them.
    public struct RateCheck: Sendable, Codable, Hashable {
        public var indicator: String
        public var stated: Double
        /// Numerator / denominator × 100 from the written counts, to two decimals.
        public var computed: Double
        public var consistent: Bool
    }

    public var file: String
    public var index: Int
    public var title: String?
    /// The body as the 落款 or the title names it: 北京市门头沟区人民政府, 杭州市司法局 (a report that
    /// names it nowhere has the defect `metadata.missing` / `issuer`).
    public var issuer: String
    /// As the analyzer completes it from the gazetteer: 北京市门头沟区, 北京市朝阳区望京街道.
    public var jurisdiction: String
    public var level: GovernmentLevel
    public var reportYear: Int
    public var planYear: Int
    public var publishedOn: String?
    public var signedOn: String?
    /// The planned publication date falls after 4月1日 of the plan year (written or not).
    public var publishedLate: Bool
    public var script: Script
    /// The OpenCC configuration of a traditional report: `s2t`, `s2tw` (Taiwan forms) or `s2twp`
    /// (Taiwan forms and phrasing).
    public var conversion: String?
    /// As ``SourceDocument/encoding`` names it: utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, big5
    /// (utf-8 for a .docx).
    public var encoding: String
    /// `text`, `html` or `docx`.
    public var format: String
    /// The part kinds in the order they stand (an unheaded shortcomings paragraph counts).
    public var parts: [PartKind]
    /// The shortcomings are a paragraph at the end of the measures part, without a heading.
    public var inlineShortcomings: Bool
    /// The marker of the top-level parts: `一、`, `第一部分`, `一．`.
    public var headingStyle: String
    public var indicators: [Figure]
    public var rate: RateCheck?
    /// The findings the report was written to draw (see ``defects(parts:title:issuerNamed:publishedOn:signedOn:level:reportYear:rate:wroteRectification:wrotePlanYearError:)``).
    public var defects: [Defect]
    /// The file whose shortcomings part this report copied (names and years changed).
    public var copiedFrom: String?
    /// Words planted that look numeric but are no quantities (十四五, 12345, 连续5年), as written.
    public var traps: [String]
    public var halfWidthPunctuation: Bool
    public var crlf: Bool
    public var bytes: Int

    /// The record as one line of JSON (keys in declaration order, no trailing newline).
    public func jsonLine() -> [UInt8] {
        var w = JSONWriter(pretty: false, capacity: 1024)
        w.object { w in
            w.key("file"); w.string(file)
            w.key("index"); w.number(index)
            w.key("title"); w.string(title)
            w.key("issuer"); w.string(issuer)
            w.key("jurisdiction"); w.string(jurisdiction)
            w.key("level"); w.string(level.rawValue)
            w.key("reportYear"); w.number(reportYear)
            w.key("planYear"); w.number(planYear)
            w.key("publishedOn"); w.string(publishedOn)
            w.key("signedOn"); w.string(signedOn)
            w.key("publishedLate"); w.bool(publishedLate)
            w.key("script"); w.string(script.rawValue)
            w.key("conversion"); w.string(conversion)
            w.key("encoding"); w.string(encoding)
            w.key("format"); w.string(format)
            w.key("parts"); w.array(parts) { w, kind in w.string(kind.rawValue) }
            w.key("inlineShortcomings"); w.bool(inlineShortcomings)
            w.key("headingStyle"); w.string(headingStyle)
            w.key("indicators"); w.array(indicators) { w, f in
                w.object { w in
                    w.key("id"); w.string(f.id)
                    w.key("value"); w.number(f.value)
                    w.key("unit"); w.string(f.unit)
                    w.key("approx"); w.string(f.approx?.rawValue)
                    w.key("change"); w.number(f.change)
                    w.key("text"); w.string(f.text)
                }
            }
            w.key("rate")
            if let rate {
                w.object { w in
                    w.key("indicator"); w.string(rate.indicator)
                    w.key("stated"); w.number(rate.stated)
                    w.key("computed"); w.number(rate.computed)
                    w.key("consistent"); w.bool(rate.consistent)
                }
            } else {
                w.null()
            }
            w.key("defects"); w.array(defects) { w, d in
                w.object { w in
                    w.key("rule"); w.string(d.rule)
                    w.key("subject"); w.string(d.subject)
                }
            }
            w.key("copiedFrom"); w.string(copiedFrom)
            w.key("traps"); w.array(traps) { w, t in w.string(t) }
            w.key("halfWidthPunctuation"); w.bool(halfWidthPunctuation)
            w.key("crlf"); w.bool(crlf)
            w.key("bytes"); w.number(bytes)
        }
        return w.bytes
    }
}
