import ArgumentParser
import FazhiCore
import FazhiStore
import FazhiStoreFactory
import Foundation

/// `--db PATH|URL`: the corpus database (default `$FAZHI_DB`, else `fazhi.sqlite` in the current
/// folder): a SQLite file, or a PostgreSQL server as `postgres://user@host:port/database`.
struct StoreOptions: ParsableArguments {
    @Option(help: "The corpus database: a SQLite file, or postgres://user@host:port/database (default: $FAZHI_DB, else fazhi.sqlite).")
    var db: String?

    @Option(help: "Seconds a writer waits for another's write lock on a SQLite file (default: $FAZHI_BUSY_TIMEOUT, else 30).")
    var busyTimeout: Double?

    var path: String { db ?? ProcessInfo.processInfo.environment["FAZHI_DB"] ?? "fazhi.sqlite" }

    /// `--busy-timeout`, else `$FAZHI_BUSY_TIMEOUT`, else 30 s.
    var busyWait: TimeInterval {
        busyTimeout ?? ProcessInfo.processInfo.environment["FAZHI_BUSY_TIMEOUT"].flatMap(Double.init) ?? SQLiteStore.defaultBusyTimeout
    }

    func validate() throws {
        if let busyTimeout, !(busyTimeout >= 0 && busyTimeout <= 86_400) {
            throw ValidationError("--busy-timeout takes seconds from 0 to 86400 (got \(busyTimeout))")
        }
        if let text = ProcessInfo.processInfo.environment["FAZHI_BUSY_TIMEOUT"], busyTimeout == nil,
           !(Double(text).map { $0 >= 0 && $0 <= 86_400 } ?? false) {
            throw ValidationError("$FAZHI_BUSY_TIMEOUT takes seconds from 0 to 86400 (got \(text))")
        }
    }

    /// The store, opened for reading (a SQLite file that cannot be written is opened read-only)
    /// or for writing (such a file is refused, and a damaged one too); a failure is one line.
    func open(access: SQLiteStore.Access = .read) throws -> any ReportStore {
        do {
            return try StoreFactory.open(path, access: access, busyTimeout: busyWait)
        } catch {
            Standard.err("fazhi: \(error)")
            throw ExitCode(1)
        }
    }
}

/// The report filters `list`, `search`, `compare` and `export` share.
struct FilterOptions: ParsableArguments {
    @Option(help: "Only reports on this year.")
    var year: Int?

    @Option(help: "Only this level: province, city, district, township, department.")
    var level: String?

    @Option(help: "Only this jurisdiction (and those under it: 北京市 takes its districts).")
    var jurisdiction: String?

    @Option(help: "Only reports with a finding of this severity or worse: error, warning, notice.")
    var hasFinding: String?

    @Option(help: "Only reports with a finding of this rule (e.g. publication.late).")
    var rule: String?

    @Option(help: "Only documents of this kind: rule_of_law_report, info_disclosure_report, government_work_report, plan, news, other.")
    var type: String?

    @Option(help: "At most this many results.")
    var limit: Int = 50

    func validate() throws {
        if let level, GovernmentLevel(rawValue: level) == nil {
            throw ValidationError("--level takes province, city, district, township or department (got \(level))")
        }
        if let hasFinding, Severity(rawValue: hasFinding) == nil {
            throw ValidationError("--has-finding takes error, warning or notice (got \(hasFinding))")
        }
        if let type, DocumentKind(rawValue: type) == nil {
            throw ValidationError("--type takes \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")) (got \(type))")
        }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    var filter: ReportFilter {
        ReportFilter(year: year, level: level.flatMap(GovernmentLevel.init), jurisdiction: jurisdiction.map {
            ScriptNormalizer.shared.simplify($0)
        }, hasFinding: hasFinding.flatMap(Severity.init), rule: rule, kind: type.flatMap(DocumentKind.init), limit: limit)
    }
}
