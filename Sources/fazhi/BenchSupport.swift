import FazhiCore
import Foundation

/// One corpus of the benchmark: report files and the same text joined in one file.
struct BenchCorpus {
    var name: String
    var files: [String]
    var joined: String
    var bytes: Int

    /// Writes the simplified and traditional corpora under `dir`.
    static func build(samples: String, into dir: URL, megabytes: Double) throws -> [BenchCorpus] {
        let names = try FileManager.default.contentsOfDirectory(atPath: samples).filter { $0.hasSuffix(".txt") }.sorted()
        guard !names.isEmpty else { throw BenchError("no .txt reports in \(samples)") }
        let s2t = try OpenCCConverter(config: "s2t")
        var simplified: [String] = []
        var traditional: [String] = []
        for name in names {
            let text = try String(contentsOfFile: samples + "/" + name, encoding: .utf8)
            let script = ScriptNormalizer.shared.detect(Array(text.unicodeScalars))
            if script == .simplified {
                simplified.append(text)
                traditional.append(s2t.convert(text))
            } else {
                traditional.append(text)
            }
        }
        let target = Int(megabytes * 1_000_000)
        return try [("simplified", simplified), ("traditional", traditional)].map { name, texts in
            try write(name: name, texts: texts, into: dir.appendingPathComponent(name), target: target)
        }
    }

    private static func write(name: String, texts: [String], into dir: URL, target: Int) throws -> BenchCorpus {
        guard !texts.isEmpty else { throw BenchError("no \(name) reports among the samples") }
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var files: [String] = []
        var joined = Data()
        var i = 0
        while joined.count < target {
            let data = Data(texts[i % texts.count].utf8)
            let path = dir.appendingPathComponent(String(format: "%05d.txt", i)).path
            try data.write(to: URL(fileURLWithPath: path))
            files.append(path)
            joined.append(data)
            joined.append(Data("\n".utf8))
            i += 1
        }
        let joinedPath = dir.appendingPathComponent("all.txt").path
        try joined.write(to: URL(fileURLWithPath: joinedPath))
        return BenchCorpus(name: name, files: files, joined: joinedPath, bytes: joined.count)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

/// Times whole processes: wall-clock seconds per run, alternating two commands.
enum BenchTimer {
    static func alternate(_ a: [String], _ b: [String], runs: Int) throws -> ([Double], [Double]) {
        _ = try time(a)  // warm-up: file cache, page-in of the binaries
        _ = try time(b)
        var ta: [Double] = []
        var tb: [Double] = []
        for _ in 0..<max(1, runs) {
            ta.append(try time(a))
            tb.append(try time(b))
        }
        return (ta, tb)
    }

    static func time(_ command: [String]) throws -> Double {
        let run = try measure(command, standardError: FileHandle.nullDevice)
        guard run.status == 0 else {
            throw BenchError("\(command.prefix(3).joined(separator: " ")) … exited with \(run.status)")
        }
        return run.seconds
    }

    /// Runs a command as a whole process: its wall-clock seconds, exit status and peak resident
    /// memory in bytes (the largest `ru_maxrss` among waited-for children, so the command's own
    /// when it is the only child run so far).
    static func measure(_ command: [String], standardError: FileHandle) throws -> (seconds: Double, status: Int32, peakBytes: Int) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.standardOutput = FileHandle.nullDevice
        process.standardError = standardError
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        return (seconds, process.terminationStatus, usage.ru_maxrss * 1024)
    }
}

/// The figures of one corpus.
struct BenchResult: Codable {
    var corpus: String
    var jobs: Int
    var bytes: Int
    var reports: Int
    var analyzeSeconds: [Double]
    var openccSeconds: [Double]

    var analyzeMedian: Double { median(analyzeSeconds) }
    var openccMedian: Double { median(openccSeconds) }
    /// The median of the run-by-run ratios (each pair ran back to back, so drift cancels).
    var ratio: Double { median(zip(analyzeSeconds, openccSeconds).map { $0 / $1 }) }

    static func table(_ results: [BenchResult]) -> String {
        var out = "corpus       jobs   MB    reports  fazhi analyze: s    MB/s  reports/s   opencc -c t2s: s   MB/s   analyze/opencc\n"
        for r in results {
            let mb = Double(r.bytes) / 1e6
            out += String(format: "%-11@ %4d %6.1f %8d   %12.2f %7.2f %10.0f   %16.2f %6.2f   %14.2f\n",
                          r.corpus as NSString, r.jobs, mb, r.reports, r.analyzeMedian, mb / r.analyzeMedian,
                          Double(r.reports) / r.analyzeMedian, r.openccMedian, mb / r.openccMedian,
                          r.ratio)
        }
        return out + "(whole processes, wall clock; times are medians of \(results.first?.analyzeSeconds.count ?? 0) alternating runs, the ratio the median of the run-by-run ratios)\n"
    }

    private func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.isEmpty ? 0 : s[s.count / 2]
    }
}
