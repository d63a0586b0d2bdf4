import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
