import Foundation

/// A growable run of bytes written through a raw pointer: the rows of one block of the file.
///
/// The file is half a gigabyte of short fields; appending to a `[UInt8]` (uniqueness and capacity
/// checks on every byte) or building `String`s per cell would cost more than drawing the numbers.
/// A writer asks for room once per row (`cursor(room:)`), writes through the pointer it gets
/// without checks, and hands back where it stopped (`commit`). A class, so the block travels from
/// the thread that fills it to the one that writes it without a copy; one thread owns it at a time
/// (hence `@unchecked Sendable`).
final class ByteBuffer: @unchecked Sendable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Empties the buffer and keeps its memory, for the next block.
    func removeAll() { count = 0 }

    /// Where to write the next bytes, with room for at least `room` of them.
    @inline(__always)
    func cursor(room: Int) -> UnsafeMutablePointer<UInt8> {
        if count + room > capacity { grow(count + room) }
        return base + count
    }

    /// Keeps the bytes written up to `end` (a pointer from `cursor(room:)`, moved forward).
    @inline(__always)
    func commit(_ end: UnsafeMutablePointer<UInt8>) {
        count = end - base
    }

    private func grow(_ needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let new = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        new.update(from: base, count: count)
        base.deallocate()
        (base, capacity) = (new, newCapacity)
    }

    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }
}

/// Integers in decimal straight into a byte buffer, without `String` or `Foundation` formatting.
enum DecimalText {
    /// The most bytes `write` produces (a sign and 19 digits).
    static let maximumLength = 20

    /// Writes `value` at `p` and returns the position after it. Single digits, most cells of the
    /// file, take one store.
    @inline(__always)
    static func write(_ value: Int, to p: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        if value >= 0 && value < 10 {
            p.pointee = 48 &+ UInt8(truncatingIfNeeded: value)
            return p + 1
        }
        return writeLong(value, to: p)
    }

    private static func writeLong(_ value: Int, to start: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        var p = start
        if value < 0 {
            p.pointee = 45  // "-"
            p += 1
        }
        var v = value.magnitude, digits = 0
        repeat {
            digits += 1
            v /= 10
        } while v > 0
        v = value.magnitude
        for i in stride(from: digits - 1, through: 0, by: -1) {
            p[i] = 48 &+ UInt8(truncatingIfNeeded: v % 10)
            v /= 10
        }
        return p + digits
    }
}

/// Block buffers handed back after writing, for the next blocks: a few buffers of a few megabytes
/// serve the whole file, instead of fresh memory per block that the kernel must map and zero
/// (half a gigabyte of page faults at full scale).
final class BufferPool: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [ByteBuffer] = []

    func take(capacity: Int) -> ByteBuffer {
        lock.lock()
        let buffer = free.popLast()
        lock.unlock()
        return buffer ?? ByteBuffer(capacity: capacity)
    }

    func give(_ buffer: ByteBuffer) {
        buffer.removeAll()
        lock.lock()
        free.append(buffer)
        lock.unlock()
    }
}
