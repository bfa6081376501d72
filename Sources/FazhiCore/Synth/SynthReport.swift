import Foundation

/// One synthetic report: where it goes in the corpus folder, its bytes, its ground truth.
public struct SynthReport: Sendable {
    public var path: String
    public var data: Data
    public var truth: SynthTruth
}
