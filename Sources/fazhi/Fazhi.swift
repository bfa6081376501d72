import ArgumentParser

@main
struct Fazhi: AsyncParsableCommand {
    static func main() async {
        OpenMPLimit.ensure()
        await main(nil)
    }

    static let configuration = CommandConfiguration(
        commandName: "fazhi",
        abstract: "Analyze, compare and draft rule-of-law government annual reports (法治政府建设年度报告).",
        subcommands: [
            AnalyzeCommand.self, RulesCommand.self, IndicatorsCommand.self, SimilarCommand.self, TextCommand.self,
            IngestCommand.self, ListCommand.self, ShowCommand.self, SearchCommand.self, CompareCommand.self, ExportCommand.self, ReanalyzeCommand.self,
            BenchCommand.self, SynthCommand.self, DraftCommand.self, ServeCommand.self, DbCommand.self, EvalCommand.self, WorkerCommand.self,
        ])
}
