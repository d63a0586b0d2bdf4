import VigiaCore

/// Period labels, made once per distinct period (a municipal import has 130 months and 300,000
/// figures). Looked up by the period's ordinal in a short array per frequency, not by hashing the
/// period: figures come sorted by series, so the periods cycle and every figure would be a hash.
struct PeriodTexts {
    /// Per frequency: the ordinal of `texts[0]`, and the labels made so far from there.
    private var tables: [Frequency: (first: Int, texts: [String?])] = [:]
    private var last: (frequency: Frequency, first: Int, texts: [String?])?
    /// Periods too far apart for a table (a long CSV may span centuries).
    private var scattered: [Period: String] = [:]
    private static let widest = 4096

    mutating func text(_ period: Period) -> String {
        if let last, last.frequency == period.frequency {
            let slot = period.ordinal - last.first
            if slot >= 0, slot < last.texts.count, let text = last.texts[slot] { return text }
        }
        return slowText(period)
    }

    private mutating func slowText(_ period: Period) -> String {
        let ordinal = period.ordinal
        var (first, texts) = tables[period.frequency] ?? (ordinal, [])
        let low = min(first, ordinal), high = max(first + texts.count, ordinal + 1)
        guard high - low <= Self.widest else {
            if let known = scattered[period] { return known }
            let text = period.description
            scattered[period] = text
            return text
        }
        if low < first { texts.insert(contentsOf: repeatElement(nil, count: first - low), at: 0) }
        if high > low + texts.count { texts.append(contentsOf: repeatElement(nil, count: high - low - texts.count)) }
        first = low
        let text = texts[ordinal - first] ?? period.description
        texts[ordinal - first] = text
        tables[period.frequency] = (first, texts)
        last = (period.frequency, first, texts)
        return text
    }
}
