import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the file system allows with a database file: whether it can be written (and if not, why),
/// why it cannot be opened, and how to open it read-only. SQLite itself only says "unable to open
/// database file" (error 14) or "attempt to write a readonly database" (error 8).
enum SQLiteAccess {
    /// Why the database at `path` cannot be written, or nil when it can: a read-only mount, a file
    /// without write permission, or a folder where SQLite cannot create its `-wal` and `-shm` files.
    static func readOnlyReason(_ path: String) -> String? {
        let folder = self.folder(of: path)
        if isReadOnlyMount(folder) { return "it is on a read-only file system" }
        if FileManager.default.fileExists(atPath: path), access(path, W_OK) != 0 { return "the file is not writable" }
        if access(folder, W_OK | X_OK) != 0 { return "its folder \(folder) is not writable" }
        return nil
    }

    /// Why SQLite could not open (or create) the file at `path`, in the file system's words.
    static func openProblem(_ path: String) -> String {
        let folder = self.folder(of: path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
            return "the folder \(folder) does not exist"
        }
        guard isFolder.boolValue else { return "\(folder) is a file, not a folder" }
        if access(folder, X_OK) != 0 { return "permission denied (the folder \(folder) cannot be entered)" }
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            if access(folder, W_OK) != 0 { return "permission denied (no file there, and none can be created in \(folder))" }
            return "the file cannot be created"
        }
        if isFolder.boolValue { return "it is a folder, not a database file" }
        if access(path, R_OK) != 0 { return "permission denied (the file is not readable)" }
        return "the file system refused to open it"
    }

    /// The name SQLite opens a read-only database by. A WAL database needs its `-shm` file: when
    /// that is missing and cannot be created (a read-only folder or mount) and no `-wal` file holds
    /// changes, the file is opened as immutable (no locks, no shared memory) — nothing can write it.
    static func readOnlyName(_ path: String) -> String {
        let fm = FileManager.default
        let walSize = (try? fm.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        guard !fm.fileExists(atPath: path + "-shm"), walSize == 0 else { return path }
        let absolute = path.hasPrefix("/") ? path : fm.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:\(absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute)?immutable=1"
    }

    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// Whether the file system holding `folder` is mounted read-only.
    static func isReadOnlyMount(_ folder: String) -> Bool {
        var info = statvfs()
        guard statvfs(folder, &info) == 0 else { return false }
        return info.f_flag & UInt(ST_RDONLY) != 0
    }
}
