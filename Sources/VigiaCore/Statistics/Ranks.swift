/// Average ranks, as SciPy's `rankdata` gives them by default: 1 for the smallest value, and tied
/// values share the mean of the ranks they span (two values tied for ranks 3 and 4 both get 3.5).
/// Every rank is a whole or half number, so sums and means of ranks are exact.
enum Ranks {
    /// Writes the average rank of each of `values` into `ranks` (the same count), in the values' order.
    ///
    /// A value's ties span ranks (values below it) + 1 … (values up to it). The indices are
    /// sorted by value once (`KeyedOrder`, without branches on the values; `IndexSort` beyond its
    /// limit) and each run of ties gets its rank (`rankRuns`): O(n log n), with no search per value
    /// (the serial-correlation check ranks every municipal series). A NaN has
    /// no place in an order: with one among the values, each value's rank is counted by binary
    /// searches in a sorted copy instead, as it always was.
    ///
    /// Returns false in that case: the ranks are then not a permutation of average ranks, and do not
    /// sum to n(n + 1)/2 (`Autocorrelation.centreRanks`).
    @discardableResult
    static func average(_ values: UnsafeBufferPointer<Double>, into ranks: UnsafeMutableBufferPointer<Double>) -> Bool {
        let n = values.count
        precondition(ranks.count >= n)
        guard n > 0 else { return true }
        guard !values.contains(where: \.isNaN) else {
            bySearch(values, into: ranks)
            return false
        }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: n) { order in
            if n <= KeyedOrder.limit {
                KeyedOrder.sort(values, into: order)
            } else {
                for i in 0..<n { order.initializeElement(at: i, to: i) }
                IndexSort.sort(order, by: values)
            }
            rankRuns(values, in: UnsafeBufferPointer(order), into: ranks)
        }
        return true
    }

    /// Each run of ties in `order` (the indices of `values`, ascending) gets the mean of the ranks
    /// it spans. The values are gathered in order first, loads that do not wait on each other;
    /// then one pass forwards finds where each value's run starts and one backwards where it ends,
    /// each kept by selection (walking the runs, every step waited on a comparison of the last).
    private static func rankRuns(_ values: UnsafeBufferPointer<Double>, in order: UnsafeBufferPointer<Int>,
                                 into ranks: UnsafeMutableBufferPointer<Double>) {
        let n = order.count
        withUnsafeTemporaryAllocation(of: Double.self, capacity: n) { sorted in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: n) { starts in
                for k in 0..<n { sorted.initializeElement(at: k, to: values[order[k]]) }
                var start = 0
                for k in 0..<n {
                    start = k > 0 && sorted[k] == sorted[k &- 1] ? start : k
                    starts.initializeElement(at: k, to: start)
                }
                var end = n
                for k in stride(from: n &- 1, through: 0, by: -1) {
                    end = k &+ 1 < n && sorted[k] == sorted[k &+ 1] ? end : k &+ 1
                    // starts[k] values lie below the run, `end` are at most its value.
                    ranks[order[k]] = Double(starts[k] &+ 1 &+ end) / 2
                }
            }
        }
    }

    /// Ranks by two binary searches per value in a sorted copy.
    static func bySearch(_ values: UnsafeBufferPointer<Double>, into ranks: UnsafeMutableBufferPointer<Double>) {
        let n = values.count
        withUnsafeTemporaryAllocation(of: Double.self, capacity: n) { buffer in
            var sorted = buffer
            _ = sorted.initialize(from: values)
            if n <= 32 { insertionSort(sorted) } else { sorted.sort() }
            for i in 0..<n {
                let x = values[i]
                let below = boundary(sorted, x, inclusive: false), through = boundary(sorted, x, inclusive: true)
                ranks[i] = Double(below + 1 + through) / 2
            }
        }
    }

    /// The number of sorted values below `x` (or at most `x`, when inclusive).
    private static func boundary(_ sorted: UnsafeMutableBufferPointer<Double>, _ x: Double, inclusive: Bool) -> Int {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < x || (inclusive && sorted[mid] == x) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
