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
