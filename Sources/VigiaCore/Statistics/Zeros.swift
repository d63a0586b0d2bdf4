extension Array where Element: AdditiveArithmetic {
    /// `count` zeros, allocated through the growth path this module specialises.
    ///
    /// `Array(repeating:count:)` and `Array(unsafeUninitializedCapacity:)` both allocate through
    /// a library function that is not inlinable, so it looks the storage type up at run time
    /// (~700 instructions an array, several arrays a series); `reserveCapacity` is specialised
    /// for the element type (~300).
    init(zeros count: Int) {
        self.init()
        reserveCapacity(count)
        append(contentsOf: repeatElement(.zero, count: count))
    }
}
