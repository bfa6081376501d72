extension String {
    /// Every occurrence of `target` replaced by `replacement`, matched byte for byte in UTF-8.
    /// Foundation's `replacingOccurrences(of:with:)` compares with Unicode folding through
    /// CoreFoundation, which cost an analysis more than filling in all its findings otherwise did.
    public func replacingLiteral(_ target: String, with replacement: String) -> String {
        let source = Array(utf8), pattern = Array(target.utf8)
        guard !pattern.isEmpty, source.count >= pattern.count else { return self }
        var result: [UInt8] = []
        result.reserveCapacity(source.count)
        var i = 0
        while i < source.count {
            if i + pattern.count <= source.count, source[i] == pattern[0], source[i..<i + pattern.count].elementsEqual(pattern) {
                result += replacement.utf8
                i += pattern.count
            } else {
                result.append(source[i])
                i += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether `target` occurs in the string, matched byte for byte in UTF-8 (not through Foundation),
    /// over the string's own storage where it has one (no copy).
    public func containsLiteral(_ target: String) -> Bool {
        let pattern = Array(target.utf8)
        guard !pattern.isEmpty else { return true }
        func search(_ source: UnsafeBufferPointer<UInt8>) -> Bool {
            guard source.count >= pattern.count else { return false }
            for i in 0...(source.count - pattern.count) where source[i] == pattern[0] {
                if source[i..<i + pattern.count].elementsEqual(pattern) { return true }
            }
            return false
        }
        return utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search)
    }
}
