import Foundation

// The Analysis JSON contract (DOMAIN.md): missing values are written as `null`, not left out.

extension Metadata {
    enum CodingKeys: String, CodingKey {
        case title, issuer, jurisdiction, level, reportYear, publishedOn, signedOn, documentNumber, indexNumber,
             addressee, script
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(issuer, forKey: .issuer)
        try c.encode(jurisdiction, forKey: .jurisdiction)
        try c.encode(level, forKey: .level)
        try c.encode(reportYear, forKey: .reportYear)
        try c.encode(publishedOn, forKey: .publishedOn)
        try c.encode(signedOn, forKey: .signedOn)
        try c.encode(documentNumber, forKey: .documentNumber)
        try c.encode(indexNumber, forKey: .indexNumber)
        try c.encode(addressee, forKey: .addressee)
        try c.encode(script, forKey: .script)
    }
}

extension Quantity {
    enum CodingKeys: String, CodingKey {
        case text, value, unit, approx, change, changeBase, upperValue, indicator, cue, range, sentence
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(value, forKey: .value)
        try c.encode(unit, forKey: .unit)
        try c.encode(approx, forKey: .approx)
        try c.encode(change, forKey: .change)
        try c.encodeIfPresent(changeBase, forKey: .changeBase)
        try c.encodeIfPresent(upperValue, forKey: .upperValue)
        try c.encode(indicator, forKey: .indicator)
        try c.encodeIfPresent(cue, forKey: .cue)
        try c.encode(range, forKey: .range)
        try c.encode(sentence, forKey: .sentence)
    }
}

extension Finding {
    enum CodingKeys: String, CodingKey {
        case rule, subject, severity, message, basis, range
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rule, forKey: .rule)
        try c.encode(subject, forKey: .subject)
        try c.encode(severity, forKey: .severity)
        try c.encode(message, forKey: .message)
        try c.encode(basis, forKey: .basis)
        try c.encode(range, forKey: .range)
    }
}

extension Analysis {
    /// The analysis as the JSON of the contract, pretty-printed, UTF-8, keys in a stable order.
    public func jsonData(pretty: Bool = true) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
