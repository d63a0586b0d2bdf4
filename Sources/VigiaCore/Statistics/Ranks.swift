/// Average ranks, as SciPy's `rankdata` gives them by default: 1 for the smallest value, and tied
/// values share the mean of the ranks they span (two values tied for ranks 3 and 4 both get 3.5).
/// Every rank is a whole or half number, so sums and means of ranks are exact.
enum Ranks {
    /// Writes the average rank of each of `values` into `ranks` (the same count), in the values' order.
    static func average(_ values: UnsafeBufferPointer<Double>, into ranks: UnsafeMutableBufferPointer<Double>) {
        let n = values.count
        precondition(ranks.count >= n)
        guard n > 0 else { return }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: n) { buffer in
            var order = buffer
            _ = order.initialize(from: 0..<n)
            order.sort { values[$0] < values[$1] }
            var i = 0
            while i < n {
                let x = values[order[i]]
                var j = i + 1
                while j < n && values[order[j]] == x { j += 1 }
                // Ranks i+1 … j, their mean.
                let rank = Double(i + 1 + j) / 2
                for k in i..<j { ranks[order[k]] = rank }
                i = j
            }
        }
    }
}
