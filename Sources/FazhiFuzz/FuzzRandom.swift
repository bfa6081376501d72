import FazhiCore

/// The fuzzers' pseudo-random numbers: FazhiCore's SplitMix64 (``SynthRandom``) keyed by the run's
/// seed and the execution's index, so execution `index` of a run with `seed` always gets the same
/// input and any failure can be replayed from those two numbers.
public struct FuzzRandom: Sendable {
    private var random: SynthRandom

    public init(seed: UInt64, index: UInt64 = 0) {
        random = SynthRandom(seed: seed, index: Int(truncatingIfNeeded: index), stream: .text)
    }

    public mutating func next() -> UInt64 { random.next() }

    /// A number in `0..<bound` (0 when `bound` is 0).
    public mutating func below(_ bound: Int) -> Int {
        bound <= 0 ? 0 : random.int(0...(bound - 1))
    }
}
