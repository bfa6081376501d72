import FazhiCore
import Foundation

/// The inputs of `fazhi bench scaling`: each made at a size `times` × its 1× size, from the sample
/// reports and the sample ledger (so the text is what reports say) or packed densely on purpose.
enum ScalingInputs {
    /// The sample reports joined, `times` over.
    static func reportText(samples: String, times: Int) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: samples).filter { $0.hasSuffix(".txt") }.sorted()
        guard !names.isEmpty else { throw BenchError("no .txt reports in \(samples)") }
        let joined = try names.map { try String(contentsOfFile: samples + "/" + $0, encoding: .utf8) }.joined(separator: "\n")
        return Array(repeating: joined, count: times).joined(separator: "\n")
    }

    /// Clauses with one figure each, of indicators the consistency checks relate (rates, their
    /// counts, parts and wholes); the values change from clause to clause, so no figure is the only
    /// value of its indicator.
    static func figureClause(_ i: Int) -> String {
        let n = 100 + i % 900
        switch i % 8 {
        case 0: return "全年新收行政复议申请\(n + 40)件"
        case 1: return "受理\(n + 20)件"
        case 2: return "办结行政复议案件\(n)件"
        case 3: return "纠错\(n / 5)件"
        case 4: return "纠错率\(String(format: "%.2f", Double(n % 97) / 3))%"
        case 5: return "调解纠纷\(n * 3)件"
        case 6: return "调解成功\(n * 2)件"
        default: return "调解成功率\(String(format: "%.1f", 50 + Double(n % 50)))%"
        }
    }

    /// Two figures a sentence, one sentence a line: `clauses` clauses in all.
    static func figureSentences(clauses: Int) -> String {
        var lines: [String] = []
        for i in stride(from: 0, to: clauses, by: 2) {
            lines.append(figureClause(i) + "," + figureClause(i + 1) + "。")
        }
        return lines.joined(separator: "\n")
    }

    /// The same clauses on one line, separated by commas only (no sentence end, no line break).
    static func figureLine(clauses: Int) -> String {
        (0..<clauses).map(figureClause).joined(separator: ",")
    }

    /// Headings packed densely: each 一、 part holds three (一) sections of one 1. item and one
    /// sentence each.
    static func headings(parts: Int) -> String {
        var out: [String] = []
        for p in 0..<parts {
            out.append("\(ChineseNumeral.write(p + 1))、推进依法行政工作")
            for s in 1...3 {
                out.append("(\(ChineseNumeral.write(s)))加强制度建设")
                out.append("1.健全工作机制")
                out.append("严格落实法治政府建设各项任务。")
            }
        }
        return out.joined(separator: "\n")
    }

    /// The sample ledger with its measures repeated until there are `measures` of them.
    static func ledger(_ path: String, measures: Int) throws -> String {
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("measures:") }) else {
            throw BenchError("\(path): no measures: block to repeat")
        }
        let end = lines[(start + 1)...].firstIndex { line in
            guard let first = line.first else { return false }
            return first != " " && first != "#"
        } ?? lines.count
        // The items of the block: each starts at a `  - ` line.
        var items: [[String]] = []
        for line in lines[(start + 1)..<end] {
            if line.hasPrefix("  - ") { items.append([line]) } else if !items.isEmpty { items[items.count - 1].append(line) }
        }
        guard !items.isEmpty else { throw BenchError("\(path): the measures: block is empty") }
        let repeated = (0..<measures).flatMap { items[$0 % items.count] }
        return (lines[...start] + repeated + lines[end...]).joined(separator: "\n")
    }
}
