import ArgumentParser

/// How `fazhi analyze` prints an analysis.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
}
