/// The sample autocorrelation exactly as pymannkendall's `__acf` computes it, the reference for
/// the modified trend tests: the mean is removed, the autocovariance at lag k is
/// Σ_{t<n−k} y_t·y_{t+k} divided by n (not by n − k), and the autocorrelation is that divided by
/// the autocovariance at lag 0.
///
/// Works in place on caller-owned scratch memory: the tests call it once per series, ten thousand
/// series at a time.
enum Autocorrelation {
    /// Removes the mean of `y` in place; returns the lag-0 autocovariance Σ y_t² / n. Exactly 0
    /// when every value is the same (then no autocorrelation is defined), including values that
    /// would leave rounding noise after subtracting their computed mean.
    static func centre(_ y: UnsafeMutableBufferPointer<Double>) -> Double {
        let n = y.count
        guard n > 0 else { return 0 }
        var sum = 0.0, low = y[0], high = y[0]
        for v in y {
            sum += v
            low = min(low, v)
            high = max(high, v)
        }
        guard low != high else {
            y.update(repeating: 0)
            return 0
        }
        let mean = sum / Double(n)
        var squares = 0.0
        for t in 0..<n {
            y[t] -= mean
            squares += y[t] * y[t]
        }
        return squares / Double(n)
    }

    /// The average ranks of `values` (`Ranks.average`) into `ranks`, centred; returns their lag-0
    /// autocovariance, as `centre` would (by `centreRanks` when the ranks are a true ranking).
    static func centredRanks(of values: UnsafeBufferPointer<Double>, into ranks: UnsafeMutableBufferPointer<Double>) -> Double {
        Ranks.average(values, into: ranks) ? centreRanks(ranks) : centre(ranks)
    }

    /// `centre` for average ranks (`Ranks.average`) of n values, whose mean is (n + 1)/2 exactly:
    /// their sum, n(n + 1)/2, and every partial sum are multiples of ½ below 2⁵³, so `centre`'s
    /// mean is that, without its pass. When every rank ties each is (n + 1)/2 and every centred
    /// one 0, as `centre` makes them.
    static func centreRanks(_ ranks: UnsafeMutableBufferPointer<Double>) -> Double {
        let n = ranks.count
        guard n > 0 else { return 0 }
        let mean = Double(n + 1) / 2
        var squares = 0.0
        for t in 0..<n {
            ranks[t] -= mean
            squares += ranks[t] * ranks[t]
        }
        return squares / Double(n)
    }

    /// Σ_{t<n−k} y_t·y_{t+k} / n on values already centred; 0 beyond the last lag.
    static func autocovariance(_ y: UnsafeMutableBufferPointer<Double>, lag k: Int) -> Double {
        let n = y.count
        guard k >= 0, k < n else { return 0 }
        var sum = 0.0
        for t in 0..<(n - k) { sum += y[t] * y[t + k] }
        return sum / Double(n)
    }
}
