import FazhiStore
import Foundation
import PostgresNIO

/// A value bound to a placeholder of the store's SQL.
enum SQLValue: Sendable {
    case null
    case int(Int)
    case double(Double)
    case text(String)
    case bytes(Data)
    case texts([String])
    /// A column of many rows, as one array (``ColumnArray``).
    case column(ColumnArray)

    /// A row value of ``FazhiStore/ReportRows``.
    init(_ value: RowValue) {
        switch value {
        case .null: self = .null
        case .int(let v): self = .int(Int(v))
        case .double(let v): self = .double(v)
        case .text(let v): self = .text(v)
        case .blob(let v): self = .bytes(v)
        }
    }

    init(_ argument: SQLArgument) {
        switch argument {
        case .int(let v): self = .int(v)
        case .text(let v): self = .text(v)
        }
    }

    func bind(_ binds: inout PostgresBindings) throws {
        switch self {
        case .null: binds.appendNull()
        case .int(let v): binds.append(v)
        case .double(let v): binds.append(v)
        case .text(let v): binds.append(v)
        case .bytes(let v): try binds.append(v)
        case .texts(let v): binds.append(v)
        case .column(let v): try binds.append(v)
        }
    }
}

extension PostgresQuery {
    /// SQL with `?` placeholders (as ``FazhiStore/FilterSQL`` writes them) numbered `$1, $2, …` and
    /// bound to `values`. The store's SQL has no `?` inside literals.
    static func sql(_ text: String, _ values: [SQLValue]) throws -> PostgresQuery {
        var binds = PostgresBindings(capacity: values.count)
        for v in values { try v.bind(&binds) }
        var numbered = ""
        numbered.reserveCapacity(text.utf8.count + values.count * 2)
        var n = 0
        for ch in text {
            if ch == "?" {
                n += 1
                numbered += "$\(n)"
            } else {
                numbered.append(ch)
            }
        }
        return PostgresQuery(unsafeSQL: numbered, binds: binds)
    }
}

extension Array where Element == SQLArgument {
    var sqlValues: [SQLValue] { map(SQLValue.init) }
}
