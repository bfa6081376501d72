import Testing
@testable import FazhiScan

@Suite struct ParallelTests {
    @Test func parallelResultsArePageOrderedAndEqualSequential() throws {
        let page = try Fixture.page()
        // Four different strips of real text (each 2–3 lines at 300 dpi).
        let strips = (0..<4).map { page.strip(top: 100 + 200 * $0, rows: 200) }
        let sequential = try strips.enumerated().map { try Recognizer.recognize($1, number: $0 + 1, options: OCROptions(threads: 1)) }
        #expect(Set(sequential.map(\.text)).count == 4, "strips must differ for the order check to mean anything")

        let progress = ProgressLog()
        let parallel = Recognizer.recognize(pages: strips, options: OCROptions(threads: 3)) { done, total in
            progress.record(done, total)
        }
        let pages = try parallel.map { try $0.get() }
        #expect(pages == sequential)
        #expect(pages.map(\.number) == [1, 2, 3, 4])
        #expect(progress.calls.sorted { $0.0 < $1.0 }.map(\.0) == [1, 2, 3, 4])
        #expect(progress.calls.allSatisfy { $0.1 == 4 })
    }

    @Test func providerFailureStaysWithItsPage() throws {
        let strip = try Fixture.page().strip(top: 150, rows: 150)
        let results = Recognizer.recognize(count: 3, options: OCROptions(threads: 2)) { index throws(ScanError) in
            if index == 1 { throw ScanError.notAnImage("page \(index) missing") }
            return strip
        }
        #expect(results.count == 3)
        #expect(try results[0].get().number == 1)
        #expect(throws: ScanError.notAnImage("page 1 missing")) { try results[1].get() }
        #expect(try results[2].get().number == 3)
    }

    @Test func noPagesGiveNoResults() {
        #expect(Recognizer.recognize(pages: [], options: OCROptions()).isEmpty)
    }
}

import Foundation

/// Thread-safe log of progress callbacks.
final class ProgressLog: @unchecked Sendable {
    // @unchecked: `entries` is only touched under `lock`.
    private let lock = NSLock()
    private var entries: [(Int, Int)] = []
    func record(_ done: Int, _ total: Int) { lock.withLock { entries.append((done, total)) } }
    var calls: [(Int, Int)] { lock.withLock { entries } }
}
