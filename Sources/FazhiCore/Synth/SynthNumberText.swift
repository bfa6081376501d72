/// How the generator writes numbers: decimals without locale or libm, and the small counts
/// reports spell in Chinese (两次, 三期).
enum SynthNumberText {
    /// `value` rounded to `decimals` places and written with them: (21.0753, 2) → "21.08",
    /// (99.7, 0) → "100", (12.5, 1) → "12.5".
    static func decimal(_ value: Double, decimals: Int) -> String {
        let factor = [1, 10, 100, 1000][max(0, min(decimals, 3))]
        let scaled = Int((value * Double(factor)).rounded())
        guard decimals > 0 else { return String(scaled) }
        let whole = scaled / factor
        var fraction = String(scaled % factor)
        while fraction.count < decimals { fraction = "0" + fraction }
        return "\(whole).\(fraction)"
    }

    /// The value a written decimal stands for ("21.08" → 21.08).
    static func value(_ value: Double, decimals: Int) -> Double {
        let factor = [1.0, 10, 100, 1000][max(0, min(decimals, 3))]
        return (value * factor).rounded() / factor
    }

    /// A small count in Chinese numerals as written before a measure word: 2 → 两, 3 → 三, 10 → 十.
    static func chinese(_ n: Int) -> String {
        n == 2 ? "两" : ChineseNumeral.write(n)
    }

    /// The number rounded down to its leading `digits` significant digits: (1140, 2) → 1100.
    static func roundDown(_ n: Int, digits: Int) -> Int {
        let step = place(n, digits: digits)
        return max(step, n / step * step)
    }

    /// The number rounded up to its leading `digits` significant digits, strictly above it when
    /// it has more: (1140, 2) → 1200.
    static func roundUp(_ n: Int, digits: Int) -> Int {
        let step = place(n, digits: digits)
        return (n + step - 1) / step * step
    }

    private static func place(_ n: Int, digits: Int) -> Int {
        var step = 1
        var m = n
        var count = 0
        while m > 0 { m /= 10; count += 1 }
        for _ in 0..<max(0, count - digits) { step *= 10 }
        return step
    }
}
