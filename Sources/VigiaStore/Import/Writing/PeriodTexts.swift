import VigiaCore

/// Period labels, made once per distinct period (a municipal import has 130 months and 300,000 figures).
struct PeriodTexts {
    private var cache: [Period: String] = [:]

    mutating func text(_ period: Period) -> String {
        if let text = cache[period] { return text }
        let text = period.description
        cache[period] = text
        return text
    }
}
