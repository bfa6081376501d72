import Foundation
import Hummingbird

/// Rendered GET responses (pages and API reads) by their URI, so a report page or a search asked for
/// again costs a lookup. Emptied whenever the portal writes (save, re-analyze, delete); a store written
/// by another process (`fazhi ingest` while serving) is seen after at most `lifetime` seconds.
final class ResponseCache: @unchecked Sendable {
    struct Entry {
        var contentType: String
        var body: ByteBuffer
        var stored: Date
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var bytes = 0
    let capacity: Int
    let lifetime: TimeInterval

    /// At most `capacity` bytes of bodies (0: no cache).
    init(capacity: Int, lifetime: TimeInterval = 60) {
        self.capacity = capacity
        self.lifetime = lifetime
    }

    /// The cached response for `key`, else `make`'s (kept when it fits).
    func response(_ key: String, _ make: () async throws -> Payload) async throws -> Response {
        if capacity > 0, let hit = lookup(key) { return Payload(contentType: hit.contentType, body: hit.body).response() }
        let payload = try await make()
        if capacity > 0 { store(key, payload) }
        return payload.response()
    }

    func clear() {
        lock.withLock {
            entries.removeAll()
            bytes = 0
        }
    }

    private func lookup(_ key: String) -> Entry? {
        lock.withLock {
            guard let e = entries[key] else { return nil }
            guard Date().timeIntervalSince(e.stored) < lifetime else {
                entries[key] = nil
                bytes -= e.body.readableBytes
                return nil
            }
            return e
        }
    }

    private func store(_ key: String, _ payload: Payload) {
        let size = payload.body.readableBytes
        guard size <= capacity / 8 else { return }
        lock.withLock {
            // Full: start again (simpler than LRU, and a portal's hot pages come back at once).
            if bytes + size > capacity {
                entries.removeAll()
                bytes = 0
            }
            if let old = entries[key] { bytes -= old.body.readableBytes }
            entries[key] = Entry(contentType: payload.contentType, body: payload.body, stored: Date())
            bytes += size
        }
    }
}

/// A 200 response's body and type, as routes build them and the cache keeps them.
struct Payload: Sendable {
    var contentType: String
    var body: ByteBuffer

    static func html(_ html: String) -> Payload { Payload(contentType: "text/html; charset=utf-8", body: ByteBuffer(string: html)) }

    static func page(_ title: String, _ section: Layout.Section?, _ main: String) -> Payload {
        html(Layout.page(title: title, active: section, main: main))
    }

    static func json<T: Encodable>(_ value: T) throws -> Payload {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return json(bytes: try encoder.encode(value))
    }

    /// JSON already written (``FazhiCore/JSONWriter``).
    static func json(bytes: some Sequence<UInt8>) -> Payload {
        Payload(contentType: "application/json; charset=utf-8", body: ByteBuffer(bytes: bytes))
    }

    func response(status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: contentType], body: ResponseBody(byteBuffer: body))
    }
}
