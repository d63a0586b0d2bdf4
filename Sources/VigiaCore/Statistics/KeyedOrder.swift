/// The indices of values in ascending order, for ranking, without a branch that depends on the
/// values in the sort itself.
///
/// A comparison sort of residuals mispredicts about every other comparison: ranking the 120
/// residuals of a municipal series with `IndexSort` took a tenth of the evaluation's time, most
/// of it waiting on mispredicted branches. Here each value becomes one 64-bit key: its bits in
/// an order that compares like the values, with the low bits replaced by its index. The keys
/// are unique and sorted by a merge sort whose merges choose with a conditional move. Values
/// that differ only in the bits the index took come out in index order; one pass of insertion
/// sort over the values then puts them right (it moves nothing else, and its comparisons are
/// almost always false, which a processor predicts). Values must not be NaN.
enum KeyedOrder {
    /// Above this many values `IndexSort` is used: the index would take too many of the value's bits.
    static let limit = 1 << 12

    /// Writes the indices 0..<values.count into `order`, ascending by value (ties in any order).
    static func sort(_ values: UnsafeBufferPointer<Double>, into order: UnsafeMutableBufferPointer<Int>) {
        let n = values.count
        guard n > 1 else {
            if n == 1 { order[0] = 0 }
            return
        }
        let bits = Int.bitWidth - (n - 1).leadingZeroBitCount
        let mask: UInt64 = (1 << UInt64(bits)) - 1
        // Two allocations, not one of twice the size: up to 1 KiB each (128 keys) they are on the
        // stack, and a larger temporary one goes through an aligned malloc (~500 instructions).
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { keys in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { scratch in
                let keys = keys.baseAddress!
                for i in 0..<n { keys[i] = (key(values[i]) & ~mask) | UInt64(i) }
                let sorted = mergeSort(keys, scratch: scratch.baseAddress!, count: n)
                for k in 0..<n { order[k] = Int(truncatingIfNeeded: sorted[k] & mask) }
            }
        }
        // Nearly sorted: only values within the index's bits of each other can be out of order.
        for i in 1..<n {
            let index = order[i], x = values[index]
            var j = i
            while j > 0 && values[order[j - 1]] > x {
                order[j] = order[j - 1]
                j -= 1
            }
            order[j] = index
        }
    }

    /// The value's bits as an unsigned number that orders like the value: negative values with
    /// every bit flipped, the others with the sign bit set (−0 sorts just below +0).
    @inline(__always)
    static func key(_ x: Double) -> UInt64 {
        let bits = x.bitPattern
        return bits ^ (UInt64(bitPattern: Int64(bitPattern: bits) >> 63) | (1 << 63))
    }

    /// Sorts `count` unique keys; returns the buffer that holds them sorted (`keys` or `scratch`).
    private static func mergeSort(_ keys: UnsafeMutablePointer<UInt64>, scratch: UnsafeMutablePointer<UInt64>,
                                  count n: Int) -> UnsafeMutablePointer<UInt64> {
        var start = 0
        while start + 4 <= n {
            sortFour(keys + start)
            start += 4
        }
        insertionSort(UnsafeMutableBufferPointer(start: keys + start, count: n - start))
        var source = keys, target = scratch, width = 4
        while width < n {
            var low = 0
            while low + 2 * width <= n {
                mergeHalves(source, low, width, into: target)
                low += 2 * width
            }
            if low < n { merge(source, low, min(low + width, n), n, into: target) }
            swap(&source, &target)
            width *= 2
        }
        return source
    }

    /// Two sorted runs of `width` unique keys from `low`, into target[low..<low + 2·width], from
    /// both ends at once: the smallest key goes to the front and the largest to the back, a step
    /// of each per turn. The two walks do not wait on each other, so the processor runs them side
    /// by side (a merge is a chain of dependent loads and comparisons, one key at a time). With
    /// runs of equal length neither walk reads past its runs: the front takes `width` keys in
    /// `width` steps, so it empties a run only on its last step, and so does the back.
    @inline(__always)
    private static func mergeHalves(_ source: UnsafeMutablePointer<UInt64>, _ low: Int, _ width: Int,
                                    into target: UnsafeMutablePointer<UInt64>) {
        var i = low, j = low &+ width, k = low
        var iBack = low &+ width &- 1, jBack = low &+ 2 &* width &- 1, kBack = jBack
        for _ in 0..<width {
            step(source, &i, &j, into: target, &k, by: 1)
            step(source, &iBack, &jBack, into: target, &kBack, by: -1)
        }
    }

    /// One key into target[k]: the smaller of source[i] and source[j] going forwards (`by` 1),
    /// the larger going backwards (−1), chosen by selection; the walk it came from and k move on.
    @inline(__always)
    private static func step(_ source: UnsafeMutablePointer<UInt64>, _ i: inout Int, _ j: inout Int,
                             into target: UnsafeMutablePointer<UInt64>, _ k: inout Int, by direction: Int) {
        let x = source[i], y = source[j]
        let right = direction > 0 ? y < x : y > x
        target[k] = right ? y : x
        i &+= right ? 0 : direction
        j &+= right ? direction : 0
        k &+= direction
    }

    /// source[low..<middle] and source[middle..<high], each sorted, into target[low..<high].
    @inline(__always)
    private static func merge(_ source: UnsafeMutablePointer<UInt64>, _ low: Int, _ middle: Int, _ high: Int,
                              into target: UnsafeMutablePointer<UInt64>) {
        var i = low, j = middle, k = low
        while i < middle && j < high { step(source, &i, &j, into: target, &k, by: 1) }
        while i < middle {
            target[k] = source[i]
            i &+= 1
            k &+= 1
        }
        while j < high {
            target[k] = source[j]
            j &+= 1
            k &+= 1
        }
    }

    /// Four keys by a sorting network of five exchanges.
    @inline(__always)
    private static func sortFour(_ a: UnsafeMutablePointer<UInt64>) {
        @inline(__always) func exchange(_ i: Int, _ j: Int) {
            let x = a[i], y = a[j]
            a[i] = min(x, y)
            a[j] = max(x, y)
        }
        exchange(0, 1)
        exchange(2, 3)
        exchange(0, 2)
        exchange(1, 3)
        exchange(1, 2)
    }
}
