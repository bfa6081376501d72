/// Where a paragraph lies in the order of storing, kept in the search index itself: each
/// paragraph's tokens hold one more lexeme, `#r` and its id's bucket (the id divided by 16,384),
/// which no text token can be (tokens are letters, digits and Han characters).
///
/// A search for words that are each common but rarely together (依法行政 考核: 0.6% of paragraphs
/// at 100,000 reports) needs 500 matches spread over ~90,000 paragraphs: walking them costs ~90 ms,
/// and reading every match through the index (20,000 heap rows, sorted) ~350 ms. ANDing the query
/// with the newest few buckets (`q & ('#r221' | '#r222')`) lets the GIN index find only the newest
/// matches: ~35 ms. See ``PostgresStore/search(_:terms:path:)``.
///
/// Paragraphs stored before migration 5 have no bucket lexeme; `paragraph_recency.bucketedFrom`
/// is the first id that has one, and the buckets are only trusted from there.
enum RecencyBuckets {
    /// Paragraph ids per bucket, as a shift (2^14 = 16,384: about 450 reports).
    static let shift = 14

    static func bucket(_ id: Int64) -> Int64 { id >> Int64(shift) }

    /// The lexeme of a bucket. `#` (0x23) sorts before every text token's first byte (digits
    /// 0x30 and up, letters, UTF-8 lead bytes), so it is a tsvector's first lexeme.
    static func lexeme(_ bucket: Int64) -> String { prefix + String(bucket) }

    static let prefix = "#r"

    /// The `tsquery` matching any bucket of ids `lower...upper`.
    static func tsquery(_ lower: Int64, _ upper: Int64) -> String {
        (bucket(lower)...bucket(upper)).map { "'\(lexeme($0))'" }.joined(separator: " | ")
    }
}
