/// A small JSON writer: pretty-printed, keys written in the order given (callers sort them).
///
/// Foundation's JSONEncoder builds a tree of boxed values first and costs more than the whole
/// analysis of a report; this writes UTF-8 bytes directly.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private var depth = 0
    private var needsComma = [false]
    private let pretty: Bool

    public init(pretty: Bool = true, capacity: Int = 4096) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    public mutating func array<S: Sequence>(_ items: S, _ element: (inout JSONWriter, S.Element) -> Void) {
        open(UInt8(ascii: "["))
        for item in items { element(&self, item) }  // each value separates itself
        close(UInt8(ascii: "]"))
    }

    /// Writes `"key" : ` inside an object; the value follows.
    public mutating func key(_ key: String) {
        separate()
        quoted(key)
        bytes.append(contentsOf: pretty ? [0x20, 0x3A, 0x20] : [0x3A])
        suppressSeparator = true
    }

    public mutating func string(_ s: String?) {
        guard let s else { return null() }
        separate()
        quoted(s)
    }

    private mutating func quoted(_ s: String) {
        bytes.append(0x22)
        var copy = s
        copy.withUTF8 { utf8 in
            var runStart = 0
            for (i, b) in utf8.enumerated() where b < 0x20 || b == 0x22 || b == 0x5C {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
                switch b {
                case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
                case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
                case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                }
                runStart = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(0x22)
    }

    public mutating func number(_ v: Double?) {
        guard let v else { return null() }
        separate()
        if v.isFinite, v == v.rounded(), abs(v) < 1e15 {
            bytes.append(contentsOf: String(Int64(v)).utf8)
        } else if v.isFinite {
            bytes.append(contentsOf: "\(v)".utf8)
        } else {
            bytes.append(contentsOf: "null".utf8)
        }
    }

    public mutating func number(_ v: Int?) {
        guard let v else { return null() }
        separate()
        bytes.append(contentsOf: String(v).utf8)
    }

    public mutating func bool(_ v: Bool) {
        separate()
        bytes.append(contentsOf: (v ? "true" : "false").utf8)
    }

    public mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
    }

    // MARK: layout

    private var suppressSeparator = false

    private mutating func separate() {
        if suppressSeparator {
            suppressSeparator = false
            return
        }
        guard depth > 0 else { return }
        if needsComma[needsComma.count - 1] { bytes.append(0x2C) }
        needsComma[needsComma.count - 1] = true
        newline()
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        depth += 1
        needsComma.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        let hadItems = needsComma.removeLast()
        depth -= 1
        if hadItems { newline() }
        bytes.append(bracket)
    }

    private mutating func newline() {
        guard pretty else { return }
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: depth * 2))
    }
}
