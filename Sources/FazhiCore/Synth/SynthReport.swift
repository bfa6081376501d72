import Foundation

/// One synthetic report: where it goes in the corpus folder, its bytes, its ground truth.
public struct SynthReport: Sendable {
    public var path: String
    public var data: Data
    public var truth: SynthTruth
}

/// A synthetic report could not be written; the description names it and says why.
public struct SynthFailure: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}
