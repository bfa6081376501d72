import ArgumentParser
import FazhiStoreFactory

/// `fazhi db migrate`: brings the database's schema up to date (every command does so when it
/// opens a database; this does only that, e.g. before several servers start at once).
struct DbMigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Bring the database's schema up to date and list the migrations applied.")

    @OptionGroup var store: StoreOptions

    func run() throws {
        let applied: (new: [String], all: [String])
        do {
            applied = try StoreFactory.migrate(store.path, busyTimeout: store.busyWait)
        } catch {
            Standard.err("fazhi: \(error)")
            throw ExitCode(1)
        }
        for name in applied.new { Standard.out("applied \(name)\n") }
        Standard.out("schema up to date: \(applied.all.count) migration(s)" + (applied.new.isEmpty ? ", none new\n" : "\n"))
    }
}
