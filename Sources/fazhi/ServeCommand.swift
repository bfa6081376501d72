import ArgumentParser
import FazhiServer
import FazhiStore
import FazhiStoreFactory
import FazhiWorker
import Foundation

/// `fazhi serve`: the portal (pages and JSON API) on the corpus database.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the portal: the reports' column, report pages, search, comparison, upload and the JSON API.",
        discussion: """
            Writes (upload and save, delete, re-analyze) need the write token: $FAZHI_TOKEN, else the one \
            kept beside the database (DB.token), else a new one generated, stored there and printed on \
            first start. Uploads are analyzed in worker processes under a time and a memory budget, \
            --analyses at once (docs/budgets.md). The API is described at /openapi.json. /healthz and /readyz answer a load \
            balancer; on SIGTERM or SIGINT /readyz turns 503, requests are served for --drain seconds \
            more, then those under way finish and the store is closed.
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "The address to listen on (0.0.0.0 for every interface).")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port).")
    var port = 8080

    @Option(help: "Largest upload accepted, in bytes.")
    var maxUpload = 5_000_000

    @Option(help: "Memory for rendered pages and API reads, in bytes (0: render every request).")
    var cacheBytes = Portal.defaultCacheBytes

    @Option(help: "Seconds to keep serving after SIGTERM or SIGINT, with /readyz answering 503, before stopping.")
    var drain: Double = 0

    @Option(help: "Analyses run at once (uploads, /api/analyze, re-analysis); beyond, 503 with Retry-After.")
    var analyses = Parallel.processors

    @OptionGroup var budgets: BudgetOptions

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
        if maxUpload < 1 { throw ValidationError("--max-upload must be at least 1") }
        if cacheBytes < 0 { throw ValidationError("--cache-bytes must be 0 or more") }
        if !(0...3600).contains(drain) { throw ValidationError("--drain must be between 0 and 3600 seconds") }
        if analyses < 1 { throw ValidationError("--analyses must be at least 1") }
    }

    func run() async throws {
        let db = try store.open(access: .serve)
        defer { db.close() }
        let token: WriteToken
        // The token is kept beside a SQLite file; a server database has no such place.
        let file: String? = switch StoreFactory.kind(of: store.path) {
        case .sqlite(let path): path
        case .postgres: nil
        }
        do {
            if let reason = (db as? SQLiteStore)?.readOnlyReason {
                Standard.err("fazhi serve: \(db.location) is read-only (\(reason)): pages and searches are served, uploads refused")
                let given = ProcessInfo.processInfo.environment["FAZHI_TOKEN"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                token = given.isEmpty ? .unusable() : WriteToken(value: given)
            } else {
                token = try WriteToken.load(database: file)
            }
        } catch let error as ServerDatabaseNeedsToken {
            Standard.err("fazhi: \(db.location): \(error)")
            throw ExitCode(1)
        } catch {
            Standard.err("fazhi: \(file ?? store.path).token: cannot store the write token (\(error.localizedDescription))")
            throw ExitCode(1)
        }
        if token.generated, let file = token.file {
            Standard.err("write token (kept in \(file)): \(token.value)")
        }
        let analyst = budgets.analyst(jobs: analyses)
        defer { analyst.stop() }
        var portal = Portal(store: db, token: token.value, maxUpload: maxUpload, cacheBytes: cacheBytes, analyst: analyst, analyses: analyses)
        portal.token = token
        let host = self.host
        let count = try db.count()
        try await portal.serviceGroup(host: host, port: port, drain: drain) { bound in
            Standard.out("fazhi serve: \(count) reports from \(db.location) at http://\(host == "0.0.0.0" ? "127.0.0.1" : host):\(bound)/\n")
        }.run()
        Standard.err("fazhi serve: stopped")
    }
}
