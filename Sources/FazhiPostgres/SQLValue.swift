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

    /// A row value of ``FazhiStore/ReportRows`` (String, Int, Int64, Double, Data or nil).
    init(_ value: (any Sendable)?) {
        switch value {
        case nil: self = .null
        case let v as String: self = .text(v)
        case let v as Int: self = .int(v)
        case let v as Int64: self = .int(Int(v))
        case let v as Double: self = .double(v)
        case let v as Data: self = .bytes(v)
        case let v as [String]: self = .texts(v)
        case let v?: self = .text("\(v)")
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
