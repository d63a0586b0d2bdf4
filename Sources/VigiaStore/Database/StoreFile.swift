#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks on the database's path before SQLite sees it: SQLite opened a character device given
/// to `--db` and failed with "disk I/O error", leaving a stray `<path>-journal` beside it.
enum StoreFile {
    /// Throws `notAFile` when something other than a regular file (or a link to one) is there.
    static func check(_ path: String) throws(StoreError) {
        var info = stat()
        guard stat(path, &info) == 0 else { return }  // nothing there yet: it will be created
        guard info.st_mode & S_IFMT == S_IFREG else { throw StoreError.notAFile(path) }
    }

    /// The path as a URI path: `%`, `?` and `#` would otherwise end or change it.
    static func uriEscaped(_ path: String) -> String {
        var out = ""
        for c in path.unicodeScalars {
            switch c {
            case "%": out += "%25"
            case "?": out += "%3f"
            case "#": out += "%23"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Whether this process may write the database and its folder, and the file has a write bit
    /// (root may write anything: a 0444 database is still one its owner protected).
    static func writable(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & 0o222 != 0 else { return false }
        var folder = path
        if let slash = folder.lastIndex(of: "/") { folder = String(folder[..<slash]) } else { folder = "." }
        return access(path, W_OK) == 0 && access(folder.isEmpty ? "/" : folder, W_OK) == 0
    }
}
