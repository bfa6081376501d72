import GRDB

extension SQLiteStore {
    /// A read on the pool, its failure a ``StoreError`` naming the database and the cause.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.read(body) } catch { throw failure(error) }
    }

    /// A read outside a transaction (an integrity check: see ``IntegrityProbe``).
    func readOutsideTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.unsafeRead(body) } catch { throw failure(error) }
    }

    /// A write transaction on the pool (waiting up to the busy timeout for another writer), its
    /// failure a ``StoreError``; refused at once on a database opened read-only.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        if let readOnlyReason { throw StoreError(location: path, cause: .readOnly(readOnlyReason)) }
        try integrity?.pass()
        do { return try pool.write(body) } catch { throw failure(error) }
    }

    func failure(_ error: any Error) -> StoreError {
        StoreError(sqlite: error, path: path, busyTimeout: busyTimeout)
    }
}
