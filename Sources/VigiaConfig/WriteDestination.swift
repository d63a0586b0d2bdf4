#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What writing to a path means: which file, and how.
enum Destination {
    /// Write into this path as it is (device, FIFO, `/dev/stdout`).
    case through(String)
    /// Atomically replace the regular file at this path (symlinks resolved), with this mode.
    case replace(String, mode: mode_t, owner: (uid_t, gid_t)?)

    static func of(_ path: String) throws(AtomicFile.Failure) -> Destination {
        var link = stat()
        guard lstat(path, &link) == 0 else {
            guard errno == ENOENT else { throw AtomicFile.Failure(path: path, reason: .system(String(cString: strerror(errno)))) }
            return .replace(path, mode: newFileMode(), owner: nil)
        }
        if path.hasPrefix("/dev/") || path.hasPrefix("/proc/") { return .through(path) }
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw AtomicFile.Failure(path: path, reason: errno == ENOENT ? .danglingLink : .system(String(cString: strerror(errno))))
        }
        guard info.st_mode & S_IFMT == S_IFREG else { return .through(path) }
        var target = path
        if link.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                throw AtomicFile.Failure(path: path, reason: .system(String(cString: strerror(errno))))
            }
            target = String(cString: resolved)
            free(resolved)
            if target.hasPrefix("/dev/") || target.hasPrefix("/proc/") { return .through(path) }
        }
        guard info.st_mode & 0o222 != 0 else { throw AtomicFile.Failure(path: path, reason: .readOnly) }
        return .replace(target, mode: info.st_mode & 0o777, owner: (info.st_uid, info.st_gid))
    }

    /// 0666 less the umask, and never writable by others whatever the umask.
    static func newFileMode() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return 0o666 & ~mask & ~0o002
    }
}
