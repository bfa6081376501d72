import FazhiCore

extension TextRange {
    /// The range when both ends are known.
    package static func both(_ start: Int?, _ end: Int?) -> TextRange? {
        start.flatMap { s in end.map { TextRange(start: s, end: $0) } }
    }
}
