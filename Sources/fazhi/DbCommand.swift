import ArgumentParser

/// `fazhi db`: the corpus database itself — its schema, moving it between stores, checking it.
struct DbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Manage the corpus database: migrate its schema, copy it between SQLite and PostgreSQL, check it.",
        subcommands: [DbMigrateCommand.self, DbCopyCommand.self, DbCheckCommand.self])
}
