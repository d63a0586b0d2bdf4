import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hashes a file on the other core while the importer parses it: at municipal scale the hash
/// alone costs about as much as the parse. The file is read a second time (from the page cache).
///
/// The work never outlives the import: an import that fails (or turns out not to need the hash)
/// `abandon`s it, which stops it at the next chunk and waits. A process that exited with the hash
/// still running could crash in libcrypto's clean-up at exit.
final class BackgroundHash: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<String, ImportFailure> = .failure(ImportFailure(.unreadable("not hashed")))
    private let lock = NSLock()
    private var cancelled = false
    private var finished = false

    init(path: String) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Self.hash(path) { [unowned self] in self.lock.withLock { self.cancelled } }
            self.done.signal()
        }
    }

    func wait() throws(ImportFailure) -> String {
        join()
        return try result.get()
    }

    /// Stops the hash (it is not needed) and waits for the thread to be done with it.
    func abandon() {
        lock.withLock { cancelled = true }
        join()
    }

    /// Waits once for the hashing thread; later calls return at once.
    private func join() {
        let first = lock.withLock { () -> Bool in
            defer { finished = true }
            return !finished
        }
        if first { done.wait() }
    }

    private static func hash(_ path: String, cancelled: () -> Bool) -> Result<String, ImportFailure> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(ImportFailure(.unreadable(String(cString: strerror(errno))))) }
        defer { close(fd) }
        let hash = ContentHash()
        let size = 1 << 20
        let chunk = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            if cancelled() { return .failure(ImportFailure(.unreadable("not hashed"))) }
            let n = read(fd, chunk, size)
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return .failure(ImportFailure(.unreadable(String(cString: strerror(errno))))) }
            if n == 0 { return .success(hash.finish()) }
            hash.update(UnsafeRawBufferPointer(start: chunk, count: n))
        }
    }
}
