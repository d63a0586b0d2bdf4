import VigiaCore

/// Period labels, made once per distinct period (a municipal import has 130 months and 300,000
/// figures). Looked up by the period's ordinal in a short array per frequency, not by hashing the
/// period: figures come sorted by series, so the periods cycle and every figure would be a hash.
struct PeriodTexts {
    /// Per frequency (annual, quarterly, monthly): the ordinal of `texts[0]`, and the labels made
    /// so far from there.
    private var tables = [(first: Int, texts: [String?])](repeating: (0, []), count: 3)
    /// Periods too far apart for a table (a long CSV may span centuries).
    private var scattered: [Period: String] = [:]
    private static let widest = 4096

    mutating func text(_ period: Period) -> String {
        let table = Self.table(period.frequency), slot = period.ordinal - tables[table].first
        if slot >= 0, slot < tables[table].texts.count, let text = tables[table].texts[slot] { return text }
        return slowText(period, table)
    }

    private static func table(_ frequency: Frequency) -> Int {
        switch frequency {
        case .annual: 0
        case .quarterly: 1
        case .monthly: 2
        }
    }

    /// Widens the frequency's table to the period (or keeps it aside when too far) and makes its label.
    private mutating func slowText(_ period: Period, _ table: Int) -> String {
        let ordinal = period.ordinal
        let (first, count) = tables[table].texts.isEmpty ? (ordinal, 0) : (tables[table].first, tables[table].texts.count)
        let low = min(first, ordinal), high = max(first + count, ordinal + 1)
        guard high - low <= Self.widest else {
            if let known = scattered[period] { return known }
            let text = period.description
            scattered[period] = text
            return text
        }
        if low < first { tables[table].texts.insert(contentsOf: repeatElement(nil, count: first - low), at: 0) }
        tables[table].texts.append(contentsOf: repeatElement(nil, count: high - low - tables[table].texts.count))
        tables[table].first = low
        let text = period.description
        tables[table].texts[ordinal - low] = text
        return text
    }
}
