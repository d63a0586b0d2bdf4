import Foundation
import VigiaCore

/// Loads the dashboard again on another thread, so keys keep working while it loads: a
/// configuration with a million data rows took seconds, and the screen froze for all of them.
/// One load at a time; a request during a load runs one more after it (the edit may have come
/// after the load read the files). The loop takes the result on its next tick.
final class BackgroundReload: @unchecked Sendable {
    typealias Outcome = (result: Result<Dashboard, any Error>, announce: Bool)

    private let load: @Sendable () throws -> Dashboard
    private let queue = DispatchQueue(label: "vigia.reload", qos: .userInitiated)
    private let lock = NSLock()
    private var running = false
    private var again: Bool? = nil
    private var finished: Outcome? = nil

    init(load: @escaping @Sendable () throws -> Dashboard) { self.load = load }

    /// Whether a load is running or waiting.
    var busy: Bool { lock.withLock { running || again != nil } }

    /// Starts a load (`announce`: a reload the user asked for, which says when it finished).
    func request(announce: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if running {
            again = (again ?? false) || announce
            return
        }
        running = true
        start(announce: announce)
    }

    /// The newest finished load, once.
    func take() -> Outcome? {
        lock.withLock {
            defer { finished = nil }
            return finished
        }
    }

    private func start(announce: Bool) {
        queue.async { [self] in
            let result = Result { try load() }
            lock.withLock {
                finished = (result, announce || (finished?.announce ?? false))
                if let next = again {
                    again = nil
                    start(announce: next)
                } else {
                    running = false
                }
            }
        }
    }
}
