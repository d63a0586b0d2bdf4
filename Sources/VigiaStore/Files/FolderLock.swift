#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VigiaCore

/// An exclusive `flock` on a folder, held while a command creates or rewrites a file in it: the
/// store's folder while a new database is created and migrated (commands started together on a
/// database that does not exist yet take turns), and the configuration folder while `vigia targets
/// revise` reads, checks and rewrites `targets.yaml` (two revisions started together take turns,
/// and the second reads the file the first wrote). The folder itself is locked, so no lock file is
/// left beside the database or the configuration; the lock goes with the process, however it ends.
public enum FolderLock {
    public struct Failure: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { message(.en) }

        public func message(_ language: Language) -> String {
            language == .es ? "no se puede bloquear \(path): \(reason)" : "cannot lock \(path): \(reason)"
        }
    }

    public static func exclusive<T>(_ folder: String, _ body: () throws -> T) throws -> T {
        let fd = open(folder, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(path: folder, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw Failure(path: folder, reason: String(cString: strerror(errno))) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
