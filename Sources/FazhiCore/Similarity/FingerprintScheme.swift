/// The settings fingerprints are made with; fingerprints compare only under the same scheme.
///
/// A database of fingerprints records the scheme with them: a change of shingle size, signature
/// size or stop list (``BoilerplateList/version``) means fingerprinting the reports again.
public struct FingerprintScheme: Sendable, Hashable, Codable {
    /// Characters per shingle (see ``Shingler``).
    public var shingleSize: Int
    /// Hash functions per MinHash signature (see ``MinHash``).
    public var signatureSize: Int
    /// The version of the stop-passage list whose shingles were left out.
    public var boilerplateVersion: Int

    public init(shingleSize: Int, signatureSize: Int, boilerplateVersion: Int) {
        self.shingleSize = shingleSize
        self.signatureSize = signatureSize
        self.boilerplateVersion = boilerplateVersion
    }

    /// Eight-character shingles, 128 hash functions, the shipped stop list.
    public static let standard = FingerprintScheme(
        shingleSize: Shingler.defaultSize, signatureSize: MinHash.defaultCount,
        boilerplateVersion: BoilerplateList.shared.version)
}

/// Why two fingerprints cannot be compared.
public struct SimilarityError: Error, Sendable, Hashable, CustomStringConvertible {
    public var a: String
    public var b: String
    public var schemeA: FingerprintScheme
    public var schemeB: FingerprintScheme

    public var description: String {
        "the fingerprints of \(a) and \(b) were made differently (shingles \(schemeA.shingleSize) vs "
            + "\(schemeB.shingleSize), signature \(schemeA.signatureSize) vs \(schemeB.signatureSize), "
            + "stop list v\(schemeA.boilerplateVersion) vs v\(schemeB.boilerplateVersion)): fingerprint both again"
    }
}
