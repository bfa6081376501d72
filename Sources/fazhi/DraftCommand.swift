import ArgumentParser
import FazhiCore
import FazhiDraft
import FazhiFormats
import FazhiStore
import Foundation

/// `fazhi draft LEDGER -o OUT`: a report drafted from a ledger, checked by the analyzer before it is written.
struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Draft a report from a ledger (YAML or JSON) in the official layout, checked before it is written.",
        discussion: """
            The format follows OUT's extension: .docx (GB/T 9704-2012 layout), .md or .txt. The ledger is \
            validated first (each mistake named with its line and field); the draft is then analyzed like any \
            report, and errors, missing parts and inconsistent figures stop it (--force writes it anyway). \
            --previous REPORT (a file, or a stored report's id with --db) appends last year's figures and a \
            checklist of its shortcomings and plan to the ledger, to be marked rectified or carried_over; \
            the next run writes them in (同比, 整改).
            """)

    @Argument(help: "The ledger (.yaml, .yml or .json); see docs/ledger-schema.md.")
    var ledger: String

    @Option(name: .shortAndLong, help: "The report to write: .docx, .md or .txt.")
    var output: String

    @Option(help: "Last year's report: a file, or a stored report's id (with --db).")
    var previous: String?

    @OptionGroup var store: StoreOptions

    @Flag(help: "Write the draft even when the self-check finds errors.")
    var force = false

    func validate() throws {
        if Drafter.Format(path: output) == nil {
            throw ValidationError("-o \(output): the extension must be .docx, .md or .txt")
        }
    }

    func run() throws {
        guard let format = Drafter.Format(path: output) else { throw ExitCode(2) }
        var text = try readLedger()
        if let previous {
            if LedgerReader().carriesPrevious(text) {
                Standard.err("fazhi: \(ledger) already carries last year's report (previous:); --previous \(previous) is not read again")
            } else {
                let report = try loadPrevious(previous)
                let json = (ledger as NSString).pathExtension.lowercased() == "json"
                guard let updated = ChecklistBlock.adding(report, to: text, json: json) else {
                    Standard.err("fazhi: \(ledger): no closing brace to add last year's report before")
                    throw ExitCode(1)
                }
                text = updated
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: ledger))
                } catch {
                    Standard.err("fazhi: cannot update \(ledger): \(error.localizedDescription)")
                    throw ExitCode(1)
                }
                Standard.err("""
                    fazhi: added last year's report (\(report.source)) to \(ledger): \(report.figures.count) figures, \
                    \(report.shortcomings.count + report.plan.count) checklist items. Mark each item rectified or \
                    carried_over, then run fazhi draft again.
                    """)
                throw ExitCode(1)
            }
        }

        let draft: Drafter.Draft
        do {
            draft = try Drafter().draft(ledgerText: text, name: ledger, format: format)
        } catch let error as LedgerError {
            Standard.err(error.description)
            throw ExitCode(1)
        } catch {
            Standard.err("fazhi: cannot draft from \(ledger): \(error)")
            throw ExitCode(1)
        }
        for finding in draft.findings.sorted(by: { $0.severity < $1.severity }) {
            Standard.err("\(finding.severity.rawValue) \(finding.rule)\(finding.subject.map { " [\($0)]" } ?? ""): \(finding.message)")
        }
        let blocking = draft.blocking
        if !blocking.isEmpty && !force {
            Standard.err("fazhi: \(output) was not written: the self-check found \(blocking.count) problem\(blocking.count == 1 ? "" : "s") (--force writes it anyway)")
            throw ExitCode(1)
        }
        do {
            try draft.bytes.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            Standard.err("fazhi: cannot write \(output): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        let figures = draft.analysis.quantities.filter { $0.indicator != nil }.count
        Standard.err("fazhi: wrote \(output) (\(draft.bytes.count) bytes): \(draft.analysis.parts.count) parts, \(figures) indicator figures, \(draft.findings.count) findings\(blocking.isEmpty ? "" : " (written with --force)")")
    }

    private func readLedger() throws -> String {
        let size = (try? FileManager.default.attributesOfItem(atPath: ledger)[.size] as? Int) ?? 0
        guard size <= LedgerBudget.maxBytes else {
            Standard.err("fazhi: \(ledger): \(LedgerBudget.tooLarge(size))")
            throw ExitCode(1)
        }
        guard let data = FileManager.default.contents(atPath: ledger) else {
            Standard.err("fazhi: cannot read the ledger \(ledger)")
            throw ExitCode(1)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            Standard.err("fazhi: \(ledger) is not UTF-8 text")
            throw ExitCode(1)
        }
        return text
    }

    /// Last year's report from a file, or from the corpus when `reference` is a stored id and no such file exists.
    private func loadPrevious(_ reference: String) throws -> PreviousReport {
        if !FileManager.default.fileExists(atPath: reference), let id = Int64(reference) {
            guard let stored = try store.open().report(id: id) else {
                Standard.err("fazhi: \(store.path): no report with id \(id)")
                throw ExitCode(1)
            }
            return PreviousReport(analysis: stored.analysis, text: stored.text, source: "\(store.path)#\(id)")
        }
        do {
            let document = try DocumentReader.decode(data: InputReader.bytes(path: reference), name: reference)
            return PreviousReport(analysis: Analyzer().analyze(document), text: document.text, source: reference)
        } catch {
            Standard.err("fazhi: \(error)")
            throw ExitCode(1)
        }
    }
}
