import Foundation

/// One value of a row the store writes, typed when the row is built (on an analysis thread), so
/// the writer binds it without converting anything.
package enum RowValue: Sendable, Equatable {
    case null
    case int(Int64)
    case double(Double)
    case text(String)
    case blob(Data)

    package init(_ value: String?) { self = value.map { .text($0) } ?? .null }
    package init(_ value: Int?) { self = value.map { .int(Int64($0)) } ?? .null }
    package init(_ value: Double?) { self = value.map { .double($0) } ?? .null }
    package init(_ value: Data?) { self = value.map { .blob($0) } ?? .null }

    /// The text, if the value is text.
    package var text: String? {
        if case .text(let s) = self { return s }
        return nil
    }
}
