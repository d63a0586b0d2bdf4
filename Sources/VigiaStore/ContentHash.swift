import CLibCrypto
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SHA-256 of a file's bytes, fed chunk by chunk as the file is read: the identity of an import
/// batch. Uses the system libcrypto, which is hardware accelerated, so hashing a 500 MB file costs
/// a fraction of a second rather than seconds.
final class ContentHash {
    private var context: OpaquePointer?

    init() { context = vigia_sha256_new() }

    func update(_ bytes: UnsafeRawBufferPointer) {
        guard let context, let base = bytes.baseAddress, !bytes.isEmpty else { return }
        _ = vigia_sha256_update(context, base, bytes.count)
    }

    /// Lowercase hex; the context is spent afterwards.
    func finish() -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        guard let context else { return "" }
        self.context = nil
        _ = vigia_sha256_final(context, &digest)
        return digest.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    deinit { if let context { vigia_sha256_free(context) } }

    static func of(_ bytes: [UInt8]) -> String {
        let hash = ContentHash()
        bytes.withUnsafeBytes { hash.update($0) }
        return hash.finish()
    }
}

/// Hashes a file on the other core while the importer parses it: at municipal scale the hash
/// alone costs about as much as the parse. The file is read a second time (from the page cache).
final class BackgroundHash: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<String, ImportFailure> = .failure(ImportFailure(.unreadable("not hashed")))

    init(path: String) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Self.hash(path)
            self.done.signal()
        }
    }

    func wait() throws(ImportFailure) -> String {
        done.wait()
        return try result.get()
    }

    private static func hash(_ path: String) -> Result<String, ImportFailure> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(ImportFailure(.unreadable(String(cString: strerror(errno))))) }
        defer { close(fd) }
        let hash = ContentHash()
        let size = 1 << 20
        let chunk = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let n = read(fd, chunk, size)
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return .failure(ImportFailure(.unreadable(String(cString: strerror(errno))))) }
            if n == 0 { return .success(hash.finish()) }
            hash.update(UnsafeRawBufferPointer(start: chunk, count: n))
        }
    }
}
