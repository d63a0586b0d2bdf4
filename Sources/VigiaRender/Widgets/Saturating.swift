extension Int {
    /// `value` rounded and clamped to `bounds`; NaN gives the lower bound.
    ///
    /// Chart coordinates, bar lengths and sparkline levels come from figures in the data; an
    /// extreme or non-finite one must draw at an edge, never trap the process.
    init(rounding value: Double, within bounds: ClosedRange<Int>) {
        guard !value.isNaN else { self = bounds.lowerBound; return }
        let r = value.rounded()
        if r <= Double(bounds.lowerBound) { self = bounds.lowerBound }
        else if r >= Double(bounds.upperBound) { self = bounds.upperBound }
        else { self = Int(r) }
    }
}
