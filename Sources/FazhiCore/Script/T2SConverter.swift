/// OpenCC's `t2s` conversion, computed piecewise with exactly OpenCC's result.
///
/// `t2s` segments text by the longest entry of its phrase dictionary (TSPhrases, 277 entries) and
/// converts each segment. A phrase can only span characters that occur in some TSPhrases key
/// (`Resources/t2s-phrase-characters.json`, generated from the installed dictionary by
/// `scripts/opencc_phrase_chars.py`), so every other character converts on its own, whatever
/// surrounds it. This converter asks OpenCC once per distinct such character (and remembers the
/// answer), and sends OpenCC the runs of phrase characters, all of a text's runs in one call.
/// Every character is still converted by OpenCC; the text is just not sent whole.
/// Not thread-safe: the ``ConverterPool`` gives each caller its own.
final class T2SConverter {
    struct PhraseCharacters: Codable {
        var version: Int
        var source: String
        var characters: String
    }

    static let phraseCharacters: Set<UInt32> = Set(
        DomainResources.load("t2s-phrase-characters.json", as: PhraseCharacters.self).characters.unicodeScalars.map(\.value))

    let opencc: OpenCCConverter
    /// Per BMP scalar: its conversion (+1, so 0 means not yet asked).
    private var memo = [UInt32](repeating: 0, count: 0x10000)

    init(opencc: OpenCCConverter) {
        self.opencc = opencc
    }

    /// What OpenCC's t2s makes of `scalars`, or `nil` if OpenCC fails or changes a length.
    func convert(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        let phrase = Self.phraseCharacters
        var out = scalars
        var unknown: [Unicode.Scalar] = []
        var runs: [Range<Int>] = []
        var runStart: Int?
        for (i, s) in scalars.enumerated() {
            let v = s.value
            let inRun = v >= 0x80 && (v >= 0x10000 || phrase.contains(v))
            if inRun {
                if runStart == nil { runStart = i }
                continue
            }
            if let start = runStart {
                runs.append(start..<i)
                runStart = nil
            }
            if v >= 0x80, memo[Int(v)] == 0 {
                memo[Int(v)] = UInt32.max  // asked below
                unknown.append(s)
            }
        }
        if let start = runStart { runs.append(start..<scalars.count) }
        // One OpenCC call: each unknown character and each run on a line of its own.
        if !unknown.isEmpty || !runs.isEmpty {
            var request: [Unicode.Scalar] = []
            for s in unknown { request.append(s); request.append("\n") }
            for r in runs { request.append(contentsOf: scalars[r]); request.append("\n") }
            guard let answer = opencc.convertToScalars(String(scalars: request)), answer.count == request.count else {
                for s in unknown { memo[Int(s.value)] = 0 }
                return nil
            }
            var k = 0
            for s in unknown {
                memo[Int(s.value)] = answer[k].value &+ 1
                k += 2
            }
            for r in runs {
                for i in r { out[i] = answer[k + i - r.lowerBound] }
                k += r.count + 1
            }
        }
        for i in out.indices {
            let v = scalars[i].value
            guard v >= 0x80, v < 0x10000 else { continue }
            let m = memo[Int(v)]
            if m != 0, m != UInt32.max, let c = Unicode.Scalar(m &- 1) { out[i] = c }
        }
        return out
    }
}
