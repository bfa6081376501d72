import CYaml

/// How big a ledger may be, measured before Yams builds its tree: the file's size, and the size
/// the ledger would have with every alias (`*name`) replaced by what its anchor (`&name`) holds.
///
/// A 322 KB ledger of 2,000 aliases to one 100,000-character text would otherwise become 200
/// million characters in the draft (past 1.3 GB in `fazhi draft`), and nested aliases grow
/// exponentially. The expansion is counted on libyaml's events with each anchor's size
/// remembered, so the count is linear in the file whatever the aliases; nesting is bounded too
/// (Yams composes recursively).
public enum LedgerBudget {
    /// A ledger file's largest size: 2 MB (a province's ledger is tens of KB).
    public static let maxBytes = 2_000_000
    /// The largest text the values may add up to with aliases expanded: 4 MB.
    public static let maxExpandedBytes = 4_000_000
    /// The most values (texts, numbers, lists, mappings) with aliases expanded.
    public static let maxNodes = 200_000
    /// The deepest nesting of lists and mappings.
    public static let maxDepth = 64

    /// The first limit `text` goes past, as an issue at the line where it does; nil when it keeps
    /// within them (or does not parse: Yams then reports the syntax error).
    static func issue(in text: String) -> LedgerIssue? {
        let size = text.utf8.count
        if size > maxBytes {
            return LedgerIssue(line: 1, column: 1, field: "",
                               message: tooLarge(size), chinese: "台账过大(\(size) 字节),上限为 \(megabytes(maxBytes))。")
        }
        var counter = ExpansionCounter()
        return text.utf8CString.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: UInt8.self) { counter.run($0.baseAddress, count: size) }
        }
    }

    /// "the ledger is 2000008 bytes; the limit is 2000000 (2.0 MB)"
    public static func tooLarge(_ size: Int) -> String {
        "the ledger is \(size) bytes; the limit is \(maxBytes) (\(megabytes(maxBytes)))"
    }

    /// A size in words: 2.0 MB, 322 KB.
    public static func megabytes(_ bytes: Int) -> String {
        bytes >= 1_000_000 ? "\(Double(bytes / 10_000) / 100) MB" : "\(bytes / 1000) KB"
    }
}

/// The running size of a ledger's values with aliases expanded, over libyaml's events.
private struct ExpansionCounter {
    struct Size {
        var nodes = 0
        var bytes = 0
        static func += (a: inout Size, b: Size) {
            a.nodes += b.nodes
            a.bytes += b.bytes
        }
    }

    /// The open lists and mappings: the size of what each holds so far, and its anchor.
    private var open: [(size: Size, anchor: String?)] = []
    private var anchors: [String: Size] = [:]
    private var total = Size()

    mutating func run(_ input: UnsafePointer<UInt8>?, count: Int) -> LedgerIssue? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, input, count)
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_SCALAR_EVENT:
                let size = Size(nodes: 1, bytes: Int(event.data.scalar.length))
                remember(event.data.scalar.anchor, size)
                add(size)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let anchor = event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                guard open.count < LedgerBudget.maxDepth else {
                    return LedgerIssue(line: line, column: column, field: "",
                                       message: "lists and mappings nest deeper than \(LedgerBudget.maxDepth) levels",
                                       chinese: "列表和映射嵌套超过 \(LedgerBudget.maxDepth) 层。")
                }
                open.append((Size(nodes: 1), anchor.map { String(cString: $0) }))
                total.nodes += 1
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let closed = open.popLast() else { continue }
                if let anchor = closed.anchor { anchors[anchor] = closed.size }
                if !open.isEmpty { open[open.count - 1].size += closed.size }
            case YAML_ALIAS_EVENT:
                let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
                add(anchors[name] ?? Size())
            default:
                continue
            }
            if total.bytes > LedgerBudget.maxExpandedBytes || total.nodes > LedgerBudget.maxNodes {
                let text = total.bytes > LedgerBudget.maxExpandedBytes
                let size = LedgerBudget.megabytes(LedgerBudget.maxExpandedBytes)
                return LedgerIssue(line: line, column: column, field: "",
                                   message: "with its aliases (*name) expanded the ledger grows past "
                                       + (text ? "\(size) of text" : "\(LedgerBudget.maxNodes) values") + " here",
                                   chinese: "台账中的别名(*name)展开后超过上限("
                                       + (text ? "\(size) 文字" : "\(LedgerBudget.maxNodes) 个值") + "),自此行起。")
            }
        }
    }

    /// A value (or an alias's copy) added to the list or mapping that holds it, and to the total.
    private mutating func add(_ size: Size) {
        total += size
        if !open.isEmpty { open[open.count - 1].size += size }
    }

    private mutating func remember(_ anchor: UnsafeMutablePointer<yaml_char_t>?, _ size: Size) {
        if let anchor { anchors[String(cString: anchor)] = size }
    }
}
