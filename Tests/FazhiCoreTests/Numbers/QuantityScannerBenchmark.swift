import Foundation
import Testing
@testable import FazhiCore

/// Throughput of the scanner on the samples repeated to ~20 MB; prints, asserts nothing.
/// Run with `FAZHI_BENCH=1 swift test -c release --filter QuantityScannerBenchmark`.
struct QuantityScannerBenchmark {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["FAZHI_BENCH"] != nil))
    func scanThroughput() throws {
        var text: [Unicode.Scalar] = []
        for c in SampleQuantityTests.cases { text += try SampleQuantityTests.load(c.file).simplified + ["\n"] }
        let bytesPerCopy = String(String.UnicodeScalarView(text)).utf8.count
        let copies = max(1, 20_000_000 / bytesPerCopy)
        var big: [Unicode.Scalar] = []
        big.reserveCapacity(text.count * copies)
        for _ in 0..<copies { big += text }
        let clock = ContinuousClock()
        var count = 0
        let elapsed = clock.measure { count = QuantityScanner.shared.scan(big).count }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let megabytes = Double(bytesPerCopy * copies) / 1_000_000
        print("QuantityScanner: \(megabytes) MB, \(count) quantities, \(seconds) s, \(megabytes / seconds) MB/s")
    }
}
