import FazhiStore
import Foundation

/// The end of a bulk load (`fazhi ingest`, `fazhi db copy`): the store tidied for search
/// (``FazhiStore/ReportStore/settleAfterBulkLoad(stored:)``), said on standard error unless
/// `quiet`. Everything is stored by then, so a failure here is said and the command goes on.
enum BulkLoadSettling {
    static func settle(_ store: any ReportStore, stored: Int, quiet: Bool) {
        let start = Date()
        do {
            if let done = try store.settleAfterBulkLoad(stored: stored), !quiet {
                Standard.err(String(format: "%@ in %.1f s", done, Date().timeIntervalSince(start)))
            }
        } catch {
            Standard.err("fazhi: \(store.location): the reports are stored, but tidying the store afterwards failed (\(error))")
        }
    }
}
