import VigiaCore

/// Period labels, made once per distinct period (a municipal import has 130 months and 300,000 figures).
struct PeriodTexts {
    private var cache: [Period: String] = [:]
    /// The last answer: figures come sorted, so runs of one period are common (and hashing is not free).
    private var last: (period: Period, text: String)?

    mutating func text(_ period: Period) -> String {
        if let last, last.period == period { return last.text }
        let text: String
        if let known = cache[period] {
            text = known
        } else {
            text = period.description
            cache[period] = text
        }
        last = (period, text)
        return text
    }
}
