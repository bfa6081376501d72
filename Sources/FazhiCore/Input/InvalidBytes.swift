/// The bytes of a text file that are not valid in its encoding: how many, and where the first are.
///
/// A text with a few such bytes is read with one U+FFFD “�” for each damaged sequence, and the
/// analysis carries an `input.invalid_bytes` finding built from this; a text with more than
/// ``maxShare`` of its bytes invalid is refused, naming the first.
public struct InvalidBytes: Sendable, Equatable, Codable {
    /// Where one damaged sequence starts: its byte offset in the file and its line (from 1).
    public struct Place: Sendable, Equatable, Codable {
        public var offset: Int
        public var line: Int
    }

    /// How many places are kept.
    public static let maxPlaces = 5
    /// A text is read with replacements only when at most this share of its bytes is invalid (1%).
    public static let maxShare = 0.01

    /// The encoding the bytes are invalid in (`utf-8`, `gb18030`, `big5`).
    public var encoding: String
    /// How many bytes are invalid.
    public var count: Int
    /// How many damaged sequences (each became one “�”).
    public var sequences: Int
    /// The size of the file in bytes.
    public var total: Int
    /// The first ``maxPlaces`` damaged sequences, in order.
    public var places: [Place]

    /// Whether so few bytes are invalid that the text is read with replacement characters.
    public var isFew: Bool { count > 0 && Double(count) <= Self.maxShare * Double(total) }

    /// `3 of 4000 bytes are invalid in utf-8, the first at byte 17, line 2`.
    public var summary: String {
        let first = places.first.map { ", the first at byte \($0.offset), line \($0.line)" } ?? ""
        return "\(count) of \(total) bytes are invalid in \(encoding)\(first)"
    }
}

/// Collects the damaged sequences a lenient decoder meets, counting lines as it goes.
struct InvalidBytesTally {
    private(set) var count = 0
    private(set) var sequences = 0
    private(set) var places: [InvalidBytes.Place] = []
    private var line = 1
    private var scanned = 0

    /// Records a damaged sequence of `length` bytes at `offset` of `bytes` (offsets only grow).
    mutating func add(at offset: Int, length: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        count += length
        sequences += 1
        guard places.count < InvalidBytes.maxPlaces else { return }
        while scanned < offset {
            if bytes[scanned] == 0x0A { line += 1 }
            scanned += 1
        }
        places.append(InvalidBytes.Place(offset: offset, line: line))
    }

    func result(encoding: TextEncoding, total: Int) -> InvalidBytes {
        InvalidBytes(encoding: encoding.rawValue, count: count, sequences: sequences, total: total, places: places)
    }
}
