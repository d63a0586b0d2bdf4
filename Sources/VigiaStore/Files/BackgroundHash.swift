import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hashes a file on another core while the importer parses and writes it. The file is read a
/// second time (from the page cache).
///
/// The import needs the hash only at the end, when it records the batch; the writing before that
/// is single-threaded. So the hash makes way: while the parse threads hold every core (the two
/// halves of a large file on a two-core machine) it waits between chunks, and it hashes in the
/// time they leave: before they start, when one half is done, while the rows are written. On
/// two cores that takes the hash (≈ 0.4 s at municipal scale) off the parse's critical path. It
/// waits for the parse, not for the machine: a busy machine slows it no more than any thread.
///
/// `vigia import` starts the first file's hash before it loads the configuration and opens the
/// store, another ≈ 0.1 s with a core to spare (`ImportRequest.hash`).
///
/// The work never outlives the import: an import that fails (or turns out not to need the hash)
/// `abandon`s it, which stops it at the next chunk and waits. A process that exited with the hash
/// still running could crash in libcrypto's clean-up at exit.
public final class BackgroundHash: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<String, ImportFailure> = .failure(ImportFailure(.unreadable("not hashed")))
    /// Guards `cancelled`, `finished` and `parsing`, and wakes the hash when they change.
    private let state = NSCondition()
    private var cancelled = false
    private var finished = false
    /// Parse threads running now (`makingWay`).
    private var parsing = 0
    private static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)

    public init(path: String) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Self.hash(path) { [unowned self] in self.mayGoOn() }
            self.done.signal()
        }
    }

    func wait() throws(ImportFailure) -> String {
        join()
        return try result.get()
    }

    /// Stops the hash (it is not needed) and waits for the thread to be done with it; once the
    /// hash is done or abandoned, returns at once.
    public func abandon() {
        state.withLock {
            cancelled = true
            state.broadcast()
        }
        join()
    }

    /// Runs `work`, a parse thread's, with the hash waiting while such threads hold every core.
    func makingWay<T>(_ work: () throws -> T) rethrows -> T {
        state.withLock { parsing += 1 }
        defer {
            state.withLock {
                parsing -= 1
                state.broadcast()
            }
        }
        return try work()
    }

    /// Before each chunk: false when abandoned; waits while the parse holds every core.
    private func mayGoOn() -> Bool {
        state.withLock {
            while !cancelled && parsing >= Self.cores { state.wait() }
            return !cancelled
        }
    }

    /// Waits once for the hashing thread; later calls return at once.
    private func join() {
        let first = state.withLock { () -> Bool in
            defer { finished = true }
            return !finished
        }
        if first { done.wait() }
    }

    private static func hash(_ path: String, mayGoOn: () -> Bool) -> Result<String, ImportFailure> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(ImportFailure(.unreadable(String(cString: strerror(errno))))) }
        defer { close(fd) }
        let hash = ContentHash()
        let size = 1 << 20
        let chunk = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            if !mayGoOn() { return .failure(ImportFailure(.unreadable("not hashed"))) }
            let n = read(fd, chunk, size)
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return .failure(ImportFailure(.unreadable(String(cString: strerror(errno))))) }
            if n == 0 { return .success(hash.finish()) }
            hash.update(UnsafeRawBufferPointer(start: chunk, count: n))
        }
    }
}
