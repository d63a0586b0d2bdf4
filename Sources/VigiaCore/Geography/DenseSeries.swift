/// One place's values by period ordinal over its span, nil where missing: at municipal scale a
/// Places table reads 2,500 series of 130 periods, and a dictionary per series cost more than
/// everything else together.
struct DenseSeries {
    let frequency: Frequency
    /// Ordinal of `values[0]`.
    let first: Int
    var values: [Double?]

    init(_ observations: [Observation], frequency: Frequency) {
        self.frequency = frequency
        guard let low = observations.lazy.map(\.period.ordinal).min(),
              let high = observations.lazy.map(\.period.ordinal).max() else {
            first = 0
            values = []
            return
        }
        first = low
        values = Array(repeating: nil, count: high - low + 1)
        for o in observations { values[o.period.ordinal - low] = o.value }
    }

    subscript(period: Period) -> Double? { self[period.ordinal] }

    subscript(ordinal: Int) -> Double? {
        let i = ordinal - first
        return i >= 0 && i < values.count ? values[i] : nil
    }

    /// The periods with a value, as ordinals.
    var ordinals: some Sequence<Int> { values.indices.lazy.filter { values[$0] != nil }.map { $0 + first } }
}
