/// The generator's own pseudo-random numbers: SplitMix64, reproducible on every platform.
///
/// Everything the generator draws goes through these integer operations (no `Double.random`, no
/// libm), so a seed gives the same corpus byte for byte on Linux and macOS, in every Swift version.
/// Each report draws from independent streams keyed by (seed, report index, stream), so one part
/// of a report can be regenerated without the others (a copied shortcomings part, for instance).
public struct SynthRandom: Sendable {
    /// The independent streams of one report.
    public enum Stream: UInt64, Sendable {
        case plan = 1, body, figures, text, shortcomings, copy, page
    }

    private var state: UInt64

    /// A stream of its own for `(seed, index, stream)`.
    public init(seed: UInt64, index: Int, stream: Stream) {
        var mixer = SynthRandom(state: seed)
        let base = mixer.next()
        state = base ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03) ^ (stream.rawValue &* 0x8CB9_2BA7_2F3D_8DD7)
        _ = next()
    }

    init(state: UInt64) {
        self.state = state
    }

    /// The next 64 random bits (SplitMix64).
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range` (rejection sampling: no modulo bias).
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) &+ 1
        if span == 0 { return Int(truncatingIfNeeded: next()) }
        let limit = UInt64.max - UInt64.max % span
        var value = next()
        while value >= limit { value = next() }
        return range.lowerBound + Int(value % span)
    }

    /// A uniform number in [0, 1) with 53 random bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform number in `low..<high`.
    public mutating func double(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * unit()
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T {
        items[int(0...(items.count - 1))]
    }

    /// An index drawn with the given weights (all zero: the first).
    public mutating func weighted(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        guard total > 0 else { return 0 }
        var x = unit() * total
        for (i, w) in weights.enumerated() {
            if x < w { return i }
            x -= w
        }
        return weights.count - 1
    }

    /// The array in a random order (Fisher–Yates).
    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var items = items
        guard items.count > 1 else { return items }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, int(0...i))
        }
        return items
    }

    /// `count` distinct elements in their original order.
    public mutating func subset<T>(_ items: [T], count: Int) -> [T] {
        let chosen = Set(shuffled(Array(items.indices)).prefix(count))
        return items.indices.filter { chosen.contains($0) }.map { items[$0] }
    }
}
