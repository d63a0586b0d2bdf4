extension Assessment {
    /// The grade of the figures the status rests on: the weakest of the observations behind the
    /// latest basis value (the latest value, or the twelve months a trailing sum adds up). Nil
    /// without a basis value. An official must see at once when a status stands on a weak figure.
    public var grade: Confidence? {
        guard let end = basisSeries.last?.period ?? series.last?.period else { return nil }
        let months = progress.basis == .trailing12Months ? indicator.frequency.periodsPerYear : 1
        let first = end.advanced(by: -(months - 1))
        // Newest first through a buffer, back to the first period outside the span: copying the
        // observations out of the array would retain their strings (flags ask for every series).
        return series.withUnsafeBufferPointer { series in
            var weakest = Confidence.high
            for i in series.indices.reversed() {
                let period = series[i].period
                guard period >= first else { break }
                if period <= end { weakest = max(weakest, series[i].confidence) }
            }
            return weakest
        }
    }

    /// The status rests on a low-confidence figure: it is at most a warning, never critical, and
    /// its sentence says why.
    public var restsOnLowConfidence: Bool { grade == .low }
}
