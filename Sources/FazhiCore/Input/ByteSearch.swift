/// Plain byte-sequence search, for sniffing markup in the head of a file (Foundation's
/// `range(of:)` folds Unicode and costs more than the rest of the analysis).
enum ByteSearch {
    /// The first index at or after `from` where `needle` occurs in `haystack`.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, from <= haystack.count - needle.count else { return nil }
        let first = needle[0]
        var i = max(0, from)
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    static func contains(_ needle: String, in haystack: [UInt8]) -> Bool {
        firstIndex(of: Array(needle.utf8), in: haystack) != nil
    }

    /// ASCII-lowercased bytes (other bytes unchanged).
    static func lowercased<S: Sequence>(_ bytes: S) -> [UInt8] where S.Element == UInt8 {
        var out = [UInt8](bytes)
        for i in out.indices where out[i] >= 0x41 && out[i] <= 0x5A { out[i] += 0x20 }
        return out
    }
}
