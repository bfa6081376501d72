import Foundation
import Testing
import FazhiStore
import StoreKinds

extension StoreKind: CustomTestStringConvertible {
    public var testDescription: String { rawValue }
}

/// A new, empty store of one kind for one test, removed afterwards; nil when the kind is skipped here.
final class ContractStore: @unchecked Sendable {
    let store: any ReportStore
    let location: String
    private let cleanup: () -> Void

    private init(store: any ReportStore, location: String, cleanup: @escaping () -> Void) {
        self.store = store
        self.location = location
        self.cleanup = cleanup
    }

    static func make(_ kind: StoreKind) throws -> ContractStore? {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-contract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        guard let made = try kind.makeStore(in: dir) else {
            try? FileManager.default.removeItem(at: dir)
            return nil
        }
        return ContractStore(store: made.store, location: made.location) {
            made.remove()
            try? FileManager.default.removeItem(at: dir)
        }
    }

    func remove() { cleanup() }
}
