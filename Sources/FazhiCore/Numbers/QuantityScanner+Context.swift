/// What the words before a figure say: a qualifier (近, 约, 超过), a change (同比增长, 下降) and its base.
struct FigureContext {
    /// Where the quantity starts: the qualifier before the number, else the number.
    var start: Int
    var approx: Approx?
    /// +1 or -1 when a change verb stands right before the figure.
    var sign: Int?
    var base: String?
}

extension QuantityScanner {
    /// The context before `token`, or `nil` when a word there makes it no quantity (第3, 连续6年,
    /// 排名前10位, 数十件, 近两年, 前3名, 五次会议 after 人大).
    func readContext(_ t: [Unicode.Scalar], _ token: NumberToken, unit: String) -> FigureContext? {
        for block in lexicon.pairedBlocks
        where block.units.contains(unit) && block.before.longestMatch(in: t, endingAt: token.start) != nil {
            return nil
        }
        var context = FigureContext(start: token.start)
        var q = token.start
        for step in 0..<2 {
            guard let match = lexicon.before.longestMatch(in: t, endingAt: q) else { break }
            switch match.value {
            case .block:
                return nil
            case .vague:
                if token.isChinese && token.startsWithScale { return nil }
                return context
            case .neutral:
                return context
            case .approx(let approx):
                guard step == 0 else { return context }
                context.approx = approx
                q -= match.length
                context.start = q
            case .change(let sign):
                context.sign = sign
                context.base = changeBase(t, before: token.start)
                return context
            }
        }
        return context
    }

    /// The base a change names in its clause (同比, 环比, 上年), searched back from the figure.
    private func changeBase(_ t: [Unicode.Scalar], before end: Int) -> String? {
        let floor = max(0, end - 16)
        var p = end
        while p > floor {
            if let base = lexicon.bases.longestMatch(in: t, endingAt: p, floor: floor) { return base.value }
            if t[p - 1].endsClause { return nil }
            p -= 1
        }
        return nil
    }

    /// The end of a set phrase (三项制度, 双随机、一公开, 七台河) that covers the numeral at `start`.
    func setPhraseEnd(_ t: [Unicode.Scalar], covering start: Int) -> Int? {
        let n = t.count
        for lead in 0...lexicon.setPhraseLead where start - lead >= 0 {
            let s = start - lead
            guard let match = lexicon.setPhrases.longestMatch(in: t, at: s) else { continue }
            let e = s + match.length
            guard e > start else { continue }
            // A phrase must not end inside a longer numeral (12345 is not inside 123456).
            if e < n, NumeralScalar.arabicDigit(t[e - 1]) != nil, NumeralScalar.arabicDigit(t[e]) != nil { continue }
            if lead == 0, s > 0, NumeralScalar.arabicDigit(t[s]) != nil, NumeralScalar.arabicDigit(t[s - 1]) != nil {
                continue
            }
            return e
        }
        return nil
    }
}
