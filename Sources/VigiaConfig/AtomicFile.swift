#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import VigiaCore

/// Writes a file so that readers see the old content or the new, never half of either, and so
/// that nothing but the file the user named is ever touched:
///
/// - a regular file is replaced by a temporary file made with `mkstemp` (`O_CREAT|O_EXCL`, so an
///   attacker's symlink in its place is refused, not followed) in the same folder, flushed with
///   `fsync` and renamed over it; the old file's mode (and owner, where allowed) is kept;
/// - a symbolic link is kept: the file it points to is replaced as above (a link to nothing is
///   refused rather than turned into a regular file);
/// - a device, FIFO, socket, or anything under `/dev` or `/proc` (`/dev/stdout`) is written
///   through, in place: replacing it would destroy it, and a reader waiting on it would hang;
/// - a file without any write permission is refused: its owner protected it;
/// - a new file gets 0666 less the umask, and never world-writable.
public enum AtomicFile {
    public struct Failure: Error, CustomStringConvertible, Equatable {
        public let path: String
        public let reason: Reason
        public var description: String { message(.en) }

        public func message(_ language: Language) -> String {
            language == .es ? "no se puede escribir \(path): \(reason.spanish)" : "cannot write \(path): \(reason.english)"
        }
    }

    /// Why a write was refused or failed.
    public enum Reason: Equatable, Sendable {
        case system(String)
        case noDirectory
        case readOnly
        case danglingLink
        case changedMeanwhile

        var english: String {
            switch self {
            case .system(let why): why
            case .noDirectory: "no such directory"
            case .readOnly: "the file is read-only (no write permission); change its mode to allow it"
            case .danglingLink: "it is a symbolic link to a file that does not exist"
            case .changedMeanwhile: "the file changed while it was being edited; nothing was written, try again"
            }
        }

        var spanish: String {
            switch self {
            case .system(let why): why
            case .noDirectory: "la carpeta no existe"
            case .readOnly: "el archivo es de solo lectura (sin permiso de escritura); cambie su modo para permitirlo"
            case .danglingLink: "es un enlace simbólico a un archivo que no existe"
            case .changedMeanwhile: "el archivo cambió mientras se editaba; no se escribió nada, inténtelo de nuevo"
            }
        }
    }

    public static func write(_ text: String, to path: String, unchangedFrom expected: Data? = nil) throws(Failure) {
        try write(to: path, unchangedFrom: expected) { handle in try handle.write(contentsOf: Data(text.utf8)) }
    }

    /// `body` writes the new content; if it throws, the old file stays. With `expected`, the file
    /// is read again just before the rename and nothing is written unless it still holds exactly
    /// those bytes (an edit made meanwhile, by hand or by another process, is never lost).
    public static func write(to path: String, unchangedFrom expected: Data? = nil,
                             body: (FileHandle) throws -> Void) throws(Failure) {
        switch try Destination.of(path) {
        case .through(let device):
            try writeThrough(device, named: path, body: body)
        case .replace(let target, let mode, let owner):
            try replace(target, named: path, mode: mode, owner: owner, expected: expected, body: body)
        }
    }

    /// Writes into a device, FIFO or `/proc` entry as it is: no temporary, no rename.
    private static func writeThrough(_ target: String, named path: String, body: (FileHandle) throws -> Void) throws(Failure) {
        let fd = open(target, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(path: path, reason: .system(String(cString: strerror(errno)))) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        do {
            try body(handle)
        } catch {
            throw Failure(path: path, reason: .system(Self.describe(error)))
        }
    }

    /// The temporary file beside `target`, filled, flushed and renamed over it.
    private static func replace(_ target: String, named path: String, mode: mode_t, owner: (uid_t, gid_t)?,
                                expected: Data?, body: (FileHandle) throws -> Void) throws(Failure) {
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        var template = Array((folder + "/." + url.lastPathComponent + ".XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw Failure(path: path, reason: errno == ENOENT ? .noDirectory : .system(String(cString: strerror(errno))))
        }
        let temporary = String(cString: template)
        var renamed = false
        defer { if !renamed { unlink(temporary) } }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        do {
            if let owner { _ = fchown(fd, owner.0, owner.1) }
            guard fchmod(fd, mode) == 0 else { throw Failure(path: path, reason: .system(String(cString: strerror(errno)))) }
            try body(handle)
            guard fsync(fd) == 0 else { throw Failure(path: path, reason: .system(String(cString: strerror(errno)))) }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(path: path, reason: .system(Self.describe(error)))
        }
        if let expected, FileManager.default.contents(atPath: target) != expected {
            throw Failure(path: path, reason: .changedMeanwhile)
        }
        guard rename(temporary, target) == 0 else { throw Failure(path: path, reason: .system(String(cString: strerror(errno)))) }
        renamed = true
        // The rename itself is durable only once the folder is flushed.
        let directory = open(folder, O_RDONLY | O_CLOEXEC)
        if directory >= 0 { _ = fsync(directory); close(directory) }
    }

    static func describe(_ error: any Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return error.localizedDescription
    }
}
