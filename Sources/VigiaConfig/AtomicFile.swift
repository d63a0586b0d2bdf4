import Foundation

/// Writes a file so that readers see the old content or the new, never half of either: the text
/// goes to a temporary file in the same folder, is flushed to disk, and is renamed over the old.
public enum AtomicFile {
    public struct Failure: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    public static func write(_ text: String, to path: String) throws(Failure) {
        try write(to: path) { handle in try handle.write(contentsOf: Data(text.utf8)) }
    }

    /// `body` writes the new content into the temporary file; if it throws, the old file stays.
    public static func write(to path: String, body: (FileHandle) throws -> Void) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        let fm = FileManager.default
        guard fm.createFile(atPath: temporary.path, contents: nil) else {
            throw Failure(path: path, reason: fm.fileExists(atPath: url.deletingLastPathComponent().path)
                ? "permission denied" : "no such directory")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            if let mode = (try? fm.attributesOfItem(atPath: path))?[.posixPermissions] {
                try? fm.setAttributes([.posixPermissions: mode], ofItemAtPath: temporary.path)
            }
            try body(handle)
            try handle.synchronize()
            guard rename(temporary.path, path) == 0 else {
                throw Failure(path: path, reason: String(cString: strerror(errno)))
            }
        } catch let failure as Failure {
            try? fm.removeItem(at: temporary)
            throw failure
        } catch {
            try? fm.removeItem(at: temporary)
            throw Failure(path: path, reason: error.localizedDescription)
        }
    }
}
