import Foundation

/// Makes items on several threads and hands them over in order on the calling thread.
///
/// The file must come out in a fixed order, but its blocks are independent: worker threads take
/// the next block to make, the caller writes finished blocks in order as they become available.
/// At most `window` blocks are made ahead of the writer, so memory stays bounded (a few blocks of
/// a few megabytes) whatever the file size. Writing overlaps making: the caller spends its time in
/// `write(2)` while the workers draw numbers.
enum OrderedParallel {
    static func run<Item: Sendable>(count: Int, threads: Int, window: Int,
                                    make: @escaping @Sendable (Int) -> Item,
                                    consume: (Int, Item) throws -> Void) throws {
        guard threads > 1 else {
            for index in 0..<count { try consume(index, make(index)) }
            return
        }
        let queue = Queue<Item>(window: max(window, threads))
        let group = DispatchGroup()
        for _ in 0..<max(1, threads) {
            DispatchQueue.global().async(group: group) {
                while let index = queue.claim(below: count) { queue.deliver(index, make(index)) }
            }
        }
        defer {
            queue.cancel()
            group.wait()
        }
        for index in 0..<count { try consume(index, queue.take(index)) }
    }

    /// The shared state, behind one lock: the next index to claim, finished items by index, and
    /// how far the consumer has got.
    private final class Queue<Item: Sendable>: @unchecked Sendable {
        private let condition = NSCondition()
        private var nextToClaim = 0, consumed = 0, cancelled = false
        private var ready: [Int: Item] = [:]
        private let window: Int

        init(window: Int) { self.window = window }

        /// The next index to make, once it is within the window; nil when all are claimed or the
        /// consumer gave up.
        func claim(below count: Int) -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while !cancelled && nextToClaim < count && nextToClaim - consumed >= window { condition.wait() }
            guard !cancelled, nextToClaim < count else { return nil }
            nextToClaim += 1
            return nextToClaim - 1
        }

        func deliver(_ index: Int, _ item: Item) {
            condition.lock()
            ready[index] = item
            condition.broadcast()
            condition.unlock()
        }

        /// Waits for item `index` (the consumer takes them in order).
        func take(_ index: Int) -> Item {
            condition.lock()
            defer { condition.unlock() }
            while ready[index] == nil { condition.wait() }
            consumed = index + 1
            condition.broadcast()
            return ready.removeValue(forKey: index)!
        }

        func cancel() {
            condition.lock()
            cancelled = true
            condition.broadcast()
            condition.unlock()
        }
    }
}
