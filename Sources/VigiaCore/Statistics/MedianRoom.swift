/// Up to `capacity` values and the room two medians of them need, in one allocation: the median
/// of a prefix (on a copy, the values kept) and then of them all. Temporary buffers of the size
/// of a window's slopes (over 1 KiB) are heap allocations too, three of them a series.
struct MedianRoom {
    /// The values, then room for a copy of a prefix, then the selection's second buffer.
    private var storage: [Double]
    private let capacity: Int
    private var count = 0

    init(_ capacity: Int) {
        self.capacity = capacity
        storage = [Double](zeros: 3 * capacity)
    }

    /// Lets `write` fill the values (room for `capacity`) and return (the prefix's count, all).
    mutating func fill(_ write: (UnsafeMutableBufferPointer<Double>) -> (Int, Int)) -> Int {
        let capacity = capacity
        let (prefix, all) = storage.withUnsafeMutableBufferPointer { write(UnsafeMutableBufferPointer(rebasing: $0[..<capacity])) }
        count = all
        return prefix
    }

    /// The median of the first `prefix` values, worked out on a copy.
    mutating func medianOfCopy(_ prefix: Int) -> Double? {
        let capacity = capacity
        return storage.withUnsafeMutableBufferPointer { room in
            let copy = UnsafeMutableBufferPointer(rebasing: room[capacity..<(capacity + prefix)])
            _ = copy.update(fromContentsOf: room[..<prefix])
            return VigiaCore.median(copy, scratch: UnsafeMutableBufferPointer(rebasing: room[(2 * capacity)...]))
        }
    }

    /// The median of all the values (which it reorders).
    mutating func median() -> Double? {
        let (capacity, count) = (capacity, count)
        return storage.withUnsafeMutableBufferPointer { room in
            VigiaCore.median(UnsafeMutableBufferPointer(rebasing: room[..<count]),
                             scratch: UnsafeMutableBufferPointer(rebasing: room[(2 * capacity)...]))
        }
    }
}
