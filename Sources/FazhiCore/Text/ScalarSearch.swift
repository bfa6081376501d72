/// A short phrase looked for in a bounded run of scalars (a title, an opening, a first sentence):
/// the cue lists that use it are small, so a plain scan is all it needs.
extension RandomAccessCollection where Element == Unicode.Scalar, Index == Int {
    /// Whether `needle` occurs as a contiguous run.
    func contains(subsequence needle: [Unicode.Scalar]) -> Bool {
        needle.isEmpty || firstIndex(of: needle) != nil
    }

    /// How many times `needle` occurs, without overlaps.
    func occurrences(of needle: [Unicode.Scalar]) -> Int {
        guard !needle.isEmpty else { return 0 }
        var count = 0
        var start = startIndex
        while start < endIndex, let at = self[start...].firstIndex(of: needle) {
            count += 1
            start = at + needle.count
        }
        return count
    }

    /// Where `needle` first occurs as a contiguous run.
    func firstIndex(of needle: [Unicode.Scalar]) -> Int? {
        guard let first = needle.first, needle.count <= count else { return nil }
        var i = startIndex
        let last = endIndex - needle.count
        while i <= last {
            if self[i] == first {
                var j = 1
                while j < needle.count, self[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
