extension Double {
    /// 1 when the sign bit is set, else 0, without a branch: compilers turn `x < 0 ? 1 : 0` back
    /// into a branch, mispredicted every other time on noise. For a difference `x − y` it is 1
    /// exactly when x < y (two distinct values never differ by zero, and equal ones give +0),
    /// except that −0 − (+0) and a NaN may have it set.
    @inline(__always)
    var signBit: Int { Int(truncatingIfNeeded: bitPattern >> 63) }
}
