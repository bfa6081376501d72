import Foundation
import Testing

@testable import FazhiServer

/// The portal's work lane: blocking work runs on its own threads, first come, first served.
struct WorkLaneTests {
    /// Records, under a lock, the order jobs ran in.
    final class Log: @unchecked Sendable {  // Guarded by `lock`.
        private let lock = NSLock()
        private var entries: [Int] = []
        func append(_ n: Int) { lock.withLock { entries.append(n) } }
        var all: [Int] { lock.withLock { entries } }
    }

    /// How many jobs are running now.
    final class Gauge: @unchecked Sendable {  // Guarded by `lock`.
        private let lock = NSLock()
        private var value = 0
        func add(_ n: Int) -> Int { lock.withLock { value += n; return value } }
    }

    @Test func queuedWorkRunsInTheOrderItWasAskedFor() async throws {
        let lane = WorkLane(threads: 1, name: "fifo-test")
        defer { lane.stop() }
        let gate = DispatchSemaphore(value: 0)
        let log = Log()
        // The one thread is held while 200 jobs queue up behind it.
        lane.enqueue { gate.wait() }
        for n in 0..<200 { lane.enqueue { log.append(n) } }
        gate.signal()
        try await lane.run {}
        #expect(log.all == Array(0..<200))
    }

    @Test func noMoreJobsRunAtOnceThanTheLaneHasThreads() async throws {
        let lane = WorkLane(threads: 2, name: "limit-test")
        defer { lane.stop() }
        let running = Log(), peak = Log(), gauge = Gauge()
        for n in 0..<40 {
            lane.enqueue {
                peak.append(gauge.add(1))
                usleep(500)
                _ = gauge.add(-1)
                running.append(n)
            }
        }
        try await lane.run {}
        while running.all.count < 40 { try await Task.sleep(for: .milliseconds(5)) }
        #expect((peak.all.max() ?? 0) <= 2)
    }

    @Test func runReturnsTheResultOnTheLanesThread() async throws {
        let lane = WorkLane(threads: 2, name: "lane-test")
        defer { lane.stop() }
        #expect(try await lane.run { lane.isCurrentThreadInLane })
        #expect(!lane.isCurrentThreadInLane)
        #expect(try await lane.run { 6 * 7 } == 42)
    }

    struct Refusal: Error, Equatable {}

    @Test func runRethrowsTheWorksError() async throws {
        let lane = WorkLane(threads: 1, name: "lane-error")
        defer { lane.stop() }
        await #expect(throws: Refusal.self) { try await lane.run { () throws -> Int in throw Refusal() } }
        #expect(try await lane.run { 1 } == 1)
    }
}
