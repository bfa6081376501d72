import NIOCore
import PostgresNIO

/// One column of many rows, sent as a single PostgreSQL array parameter (binary format, NULL
/// elements allowed), for `INSERT … SELECT … FROM unnest($1, $2, …)`. A multi-row VALUES list of
/// thousands of placeholders cost the server more in parsing and planning than in inserting.
struct ColumnArray: PostgresThrowingDynamicTypeEncodable {
    enum Kind {
        case int8, float8, text
        /// Binary `tsvector` values (``TSVectorBinary``).
        case tsvector

        var elementType: PostgresDataType {
            switch self {
            case .int8: .int8
            case .float8: .float8
            case .text: .text
            case .tsvector: PostgresDataType(3614)
            }
        }

        var arrayType: PostgresDataType {
            switch self {
            case .int8: .int8Array
            case .float8: .float8Array
            case .text: .textArray
            case .tsvector: PostgresDataType(3643)
            }
        }

        /// The SQL name of the array type, for the cast in `unnest($n::…)`.
        var sqlName: String {
            switch self {
            case .int8: "int8[]"
            case .float8: "float8[]"
            case .text: "text[]"
            case .tsvector: "tsvector[]"
            }
        }
    }

    var kind: Kind
    var values: [SQLValue]

    var psqlType: PostgresDataType { kind.arrayType }
    var psqlFormat: PostgresFormat { .binary }

    /// PostgreSQL's binary array layout: dimensions, a has-NULL flag, the element type, each
    /// dimension's length and lower bound, then each element as a length (-1 for NULL) and its bytes.
    func encode<JSONEncoder: PostgresJSONEncoder>(into buffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>) throws {
        let hasNull = values.contains { if case .null = $0 { true } else { false } }
        buffer.writeInteger(values.isEmpty ? 0 : 1, as: Int32.self)
        buffer.writeInteger(hasNull ? 1 : 0, as: Int32.self)
        buffer.writeInteger(Int32(bitPattern: kind.elementType.rawValue), as: Int32.self)
        guard !values.isEmpty else { return }
        buffer.writeInteger(Int32(values.count), as: Int32.self)
        buffer.writeInteger(1, as: Int32.self)
        for value in values {
            switch (kind, value) {
            case (_, .null):
                buffer.writeInteger(-1, as: Int32.self)
            case (.int8, .int(let v)):
                buffer.writeInteger(8, as: Int32.self)
                buffer.writeInteger(Int64(v), as: Int64.self)
            case (.float8, .double(let v)):
                buffer.writeInteger(8, as: Int32.self)
                buffer.writeInteger(v.bitPattern, as: UInt64.self)
            case (.float8, .int(let v)):
                buffer.writeInteger(8, as: Int32.self)
                buffer.writeInteger(Double(v).bitPattern, as: UInt64.self)
            case (.text, .text(let v)):
                buffer.writeInteger(Int32(v.utf8.count), as: Int32.self)
                buffer.writeString(v)
            case (.tsvector, .bytes(let v)):
                buffer.writeInteger(Int32(v.count), as: Int32.self)
                buffer.writeBytes(v)
            default:
                throw PostgresFailure(reason: "a \(value) in a column of \(kind.sqlName)", location: "postgres")
            }
        }
    }
}
