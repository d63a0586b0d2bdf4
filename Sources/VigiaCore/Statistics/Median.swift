/// Median of a non-empty collection; the mean of the two middle values when the count is even.
///
/// Selection, not a sort: a seasonal Sen slope takes the median of hundreds of pairwise slopes
/// per series, and ten thousand series are evaluated at municipal scale. The values are
/// reordered (used as scratch).
func median(_ values: inout [Double]) -> Double? {
    values.withUnsafeMutableBufferPointer { median($0) }
}

/// The same on caller-owned memory: the Sen slopes write their pairwise slopes into a
/// temporary buffer, so a series allocates no array for them (the selection's second buffer
/// is temporary too).
func median(_ values: UnsafeMutableBufferPointer<Double>) -> Double? {
    withUnsafeTemporaryAllocation(of: Double.self, capacity: values.count) { median(values, scratch: $0) }
}

/// The same with the selection's second buffer supplied (at least as many values; overwritten):
/// a temporary allocation above 1 KiB (128 slopes) is a heap allocation, and `SeasonalWindow`
/// takes two medians a series in memory it already holds.
func median(_ values: UnsafeMutableBufferPointer<Double>, scratch: UnsafeMutableBufferPointer<Double>) -> Double? {
    let n = values.count
    guard n > 0 else { return nil }
    let (previous, middle) = Selection.select(values, n / 2, scratch: scratch)
    return n % 2 == 0 ? (previous + middle) / 2 : middle
}

/// Quickselect that finds the k-th smallest value and the one just below it, with branch-free
/// partitions into a second buffer.
///
/// Pairwise slopes come in no useful order, so a comparison that branches is mispredicted half
/// the time, and an in-place partition waits on its own stores. Here each round copies the range
/// to the other buffer, values below the pivot to its front and above it to its back, counting
/// the ties (common among slopes of counts) instead of moving them: a round costs a few cycles a
/// value, and the search ends early when k falls among the ties.
enum Selection {
    /// (the (k−1)-th, the k-th) smallest values, 0-based; the first is meaningless when k = 0.
    /// `scratch` holds at least as many values as `values` (its contents are overwritten).
    static func select(_ values: UnsafeMutableBufferPointer<Double>, _ k: Int,
                       scratch: UnsafeMutableBufferPointer<Double>) -> (Double, Double) {
        var source = values, target = scratch
        var lo = 0, hi = values.count
        // The largest value left behind below the range: k's predecessor when k is its first.
        var below = -Double.infinity
        while hi - lo > 16 {
            let p = Self.pivot(source, lo, hi)
            var low = lo, high = hi - 1
            // Through raw pointers, four values a turn: the loop's own counting and checks were a
            // third of a round's instructions. The stores are those of one value at a time, in order.
            let from = source.baseAddress!, to = target.baseAddress!
            @inline(__always) func place(_ x: Double) {
                to[low] = x
                to[high] = x
                low &+= (x - p).signBit
                high &-= (p - x).signBit
            }
            var j = lo
            while j &+ 3 < hi {
                place(from[j])
                place(from[j &+ 1])
                place(from[j &+ 2])
                place(from[j &+ 3])
                j &+= 4
            }
            while j < hi {
                place(from[j])
                j &+= 1
            }
            if k < low {
                hi = low
            } else if k <= high {
                // Among the ties: the predecessor is a tie too, or the largest value below them.
                let previous = k > low ? p : (low > lo ? Self.maximum(target, lo, low) : below)
                return (previous, p)
            } else {
                below = p
                lo = high + 1
            }
            swap(&source, &target)
        }
        insertionSort(UnsafeMutableBufferPointer(rebasing: source[lo..<hi]))
        return (k > lo ? source[k - 1] : below, source[k])
    }

    /// A value of the range near its median: the median of three, or of three such on long ranges.
    private static func pivot(_ a: UnsafeMutableBufferPointer<Double>, _ lo: Int, _ hi: Int) -> Double {
        let n = hi - lo, mid = lo + n / 2
        guard n > 128 else { return medianOfThree(a[lo], a[mid], a[hi - 1]) }
        let step = n / 8
        return medianOfThree(medianOfThree(a[lo], a[lo + step], a[lo + 2 * step]),
                             medianOfThree(a[mid - step], a[mid], a[mid + step]),
                             medianOfThree(a[hi - 1 - 2 * step], a[hi - 1 - step], a[hi - 1]))
    }

    private static func medianOfThree(_ x: Double, _ y: Double, _ z: Double) -> Double {
        max(min(x, y), min(max(x, y), z))
    }

    private static func maximum(_ a: UnsafeMutableBufferPointer<Double>, _ lo: Int, _ hi: Int) -> Double {
        var m = a[lo]
        for i in (lo + 1)..<hi { m = max(m, a[i]) }
        return m
    }
}

func mean(_ values: some Collection<Double>) -> Double? {
    values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
}
