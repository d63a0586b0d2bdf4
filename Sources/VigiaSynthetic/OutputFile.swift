#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file being written, by `write(2)` on whole blocks: a few hundred large writes, no buffering
/// layer between the block buffers and the kernel.
final class OutputFile {
    let path: String
    private var fd: Int32

    init(path: String) throws {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw SyntheticFileError(path: path, errno: errno) }
    }

    deinit { if fd >= 0 { close(fd) } }

    func append(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw SyntheticFileError(path: path, errno: errno)
            }
            offset += n
        }
    }

    func append(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try append($0) }
    }

    func finish() throws {
        let result = close(fd)
        fd = -1
        guard result == 0 else { throw SyntheticFileError(path: path, errno: errno) }
    }
}

/// A file the generator could not write, with the system's reason.
public struct SyntheticFileError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String

    init(path: String, errno code: Int32) {
        self.path = path
        reason = String(cString: strerror(code))
    }

    public var description: String { "\(path): \(reason)" }
}
