import FazhiCore
import Foundation

/// The hand-made label of one document of the real-report corpus (`data/eval/README.md`).
public struct EvalLabel: Sendable, Codable {
    public struct Source: Sendable, Codable {
        public var url: String?
        public var via: String?
    }

    public struct Fields: Sendable, Codable {
        public var title: String?
        public var issuer: String?
        public var jurisdiction: String?
        public var level: String?
        public var reportYear: Int?
        public var publishedOn: String?
    }

    public struct Figure: Sendable, Codable {
        public var indicator: String
        public var text: String
        public var value: Double
        public var unit: String?
        public var approx: String?
        public var context: String
    }

    public var id: String
    public var source: Source?
    public var docType: String
    public var whole: Bool?
    public var messy: Bool?
    public var script: String?
    public var metadata: Fields
    public var figures: [Figure]
    public var notes: String?

    public var kind: DocumentKind? { DocumentKind(rawValue: docType) }
    public var isReport: Bool { kind == .ruleOfLawReport }
}

/// Which part of the corpus a document belongs to: a fifth is held out, chosen by a hash of its id
/// (FNV-1a, 64 bits), so that the split does not depend on the order files were added in.
public enum EvalSplit: String, Sendable, Codable, CaseIterable {
    case dev, holdout

    public static func of(id: String) -> EvalSplit {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash % 5 == 0 ? .holdout : .dev
    }
}

/// A labelled document: its label and the file it labels (`ID.json` beside `ID.txt`, `.html`, …).
public struct EvalDocument: Sendable {
    public var label: EvalLabel
    public var path: String
    public var split: EvalSplit { EvalSplit.of(id: label.id) }
}

public enum EvalCorpus {
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Every `*.json` label of `directory` with the document it labels, sorted by id.
    public static func load(_ directory: String) throws -> [EvalDocument] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else {
            throw LoadError(description: "\(directory): not a readable directory")
        }
        let byStem = Dictionary(grouping: names.filter { !$0.hasSuffix(".json") && !$0.hasPrefix(".") }) {
            ($0 as NSString).deletingPathExtension
        }
        var documents: [EvalDocument] = []
        for name in names where name.hasSuffix(".json") {
            let path = (directory as NSString).appendingPathComponent(name)
            let label: EvalLabel
            do {
                label = try JSONDecoder().decode(EvalLabel.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                throw LoadError(description: "\(path): not a label (\(error))")
            }
            let stem = (name as NSString).deletingPathExtension
            guard let file = byStem[stem]?.sorted().first else {
                throw LoadError(description: "\(path): no document \(stem).* beside it")
            }
            guard label.id == stem else {
                throw LoadError(description: "\(path): id \(label.id) differs from the file name")
            }
            documents.append(EvalDocument(label: label, path: (directory as NSString).appendingPathComponent(file)))
        }
        return documents.sorted { $0.label.id < $1.label.id }
    }
}
