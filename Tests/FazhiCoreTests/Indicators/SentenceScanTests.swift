import Testing
@testable import FazhiCore

/// What the indicator matcher keeps of a text's sentences answers as reading the text afresh would.
struct SentenceScanTests {
    static func texts() throws -> [[Unicode.Scalar]] {
        let line = (0..<40).map { "办结行政复议案件\($0)件,纠错率\($0)%,调解纠纷\($0)件" }.joined(separator: ",")
        return [
            Array(try Fixture.sample("002").unicodeScalars),
            Array(("一、复议\n" + line + "\n  行政复议:调解\n\n。。" + line + "复议").unicodeScalars),
            Array("复".unicodeScalars), [],
        ]
    }

    @Test func cachedSentencesAreTheSentencesAround() throws {
        for text in try Self.texts() {
            var cache = SentenceCache()
            // In order, then back and forth (a cache must not hand a position another's sentence).
            let positions = Array(-1...(text.count + 1)) + [text.count / 2, 3, text.count - 2, 0, 7]
            for p in positions {
                #expect(cache.sentence(around: p, in: text) == Sentences.sentence(around: p, in: text), "at \(p)")
            }
        }
    }

    @Test func lastTopicIsTheLastMatchOfAScanToTheLimit() throws {
        let topics = IndicatorMatcher.shared.topics
        for text in try Self.texts() where !text.isEmpty {
            let scan = SentenceScan()
            var compared = 0
            for sentence in Sentences.sentences(in: 0..<text.count, of: text) {
                for limit in sentence.lowerBound...sentence.upperBound {
                    let expected = topics.matches(in: text, range: sentence.lowerBound..<limit).last?.value
                    #expect(scan.lastTopic(in: sentence, before: limit, text, topics) == expected)
                    compared += 1
                }
            }
            #expect(compared > 0)
        }
    }

    @Test func containsIsAWholeWordBeforeTheLimit() throws {
        for text in try Self.texts() where !text.isEmpty {
            let scan = SentenceScan()
            for sentence in Sentences.sentences(in: 0..<text.count, of: text) {
                for limit in sentence.lowerBound...sentence.upperBound {
                    for word in ["复议", "行政复议案件", "纠错率", "率", ""] {
                        let w = Array(word.unicodeScalars)
                        let expected = w.count <= limit - sentence.lowerBound && !w.isEmpty
                            && (sentence.lowerBound...(limit - w.count)).contains { text[$0..<($0 + w.count)].elementsEqual(w) }
                        #expect(scan.contains(word, in: sentence, before: limit, text) == expected)
                    }
                }
            }
        }
    }
}
