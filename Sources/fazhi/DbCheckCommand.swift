import ArgumentParser

/// `fazhi db check`: what is wrong with the database, if anything; exit 1 when something is.
struct DbCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the database (half-stored reports, the search index, the schema).")

    @OptionGroup var store: StoreOptions

    func run() throws {
        let db = try store.open()
        defer { db.close() }
        let problems = try db.check()
        for problem in problems { Standard.err("fazhi: \(db.location): \(problem)\n") }
        guard problems.isEmpty else { throw ExitCode(1) }
        Standard.out("\(db.location): ok, \(try db.count()) report(s)\n")
    }
}
