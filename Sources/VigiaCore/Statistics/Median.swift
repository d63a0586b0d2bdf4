/// Median of a non-empty collection; the mean of the two middle values when the count is even.
///
/// Selection (quickselect), not a sort: a seasonal Sen slope takes the median of hundreds of
/// pairwise slopes per series, and ten thousand series are evaluated at municipal scale. The
/// values are reordered in place.
func median(_ values: inout [Double]) -> Double? {
    let n = values.count
    guard n > 0 else { return nil }
    return values.withUnsafeMutableBufferPointer { buffer -> Double in
        let upper = select(buffer, n / 2)
        guard n % 2 == 0 else { return upper }
        // The lower middle is the largest value left of the upper one after selection.
        var lower = buffer[0]
        for i in 1..<(n / 2) where buffer[i] > lower { lower = buffer[i] }
        return (lower + upper) / 2
    }
}

/// The k-th smallest value (0-based); afterwards everything left of k is ≤ it, right of k ≥ it.
private func select(_ a: UnsafeMutableBufferPointer<Double>, _ k: Int) -> Double {
    var lo = 0, hi = a.count - 1
    while hi > lo {
        // Median of three as pivot, so sorted input (a steady trend) stays linear.
        let mid = lo + (hi - lo) / 2
        if a[mid] < a[lo] { a.swapAt(mid, lo) }
        if a[hi] < a[lo] { a.swapAt(hi, lo) }
        if a[hi] < a[mid] { a.swapAt(hi, mid) }
        let pivot = a[mid]
        var i = lo, j = hi
        while i <= j {
            while a[i] < pivot { i += 1 }
            while a[j] > pivot { j -= 1 }
            if i <= j {
                a.swapAt(i, j)
                i += 1
                j -= 1
            }
        }
        if k <= j { hi = j } else if k >= i { lo = i } else { return a[k] }
    }
    return a[k]
}

func mean(_ values: some Collection<Double>) -> Double? {
    values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
}
