/// insufficient-data: too few points to judge a trend (methods.md §1, §6).
///
/// Holds when the trend window (the configured years, else since the baseline, else all data)
/// holds fewer than `minPoints` values; below five the Mann-Kendall test can never be significant.
/// Severity: info — nothing is wrong yet, but no judgment on the trend can be defended.
/// Since: the first period of the window, or the period of the as-of date when there is no data.
public struct InsufficientDataRule: FlagRule, Hashable {
    public static let id = RuleID.insufficientData
    public var minPoints = TrendResult.minimumPoints

    public init(minPoints: Int = TrendResult.minimumPoints) {
        self.minPoints = minPoints
    }

    public func evaluate(_ context: FlagContext) -> Finding? {
        let window = context.assessment.window
        guard window.count < minPoints else { return nil }
        let since = window.first?.period ?? Period(containing: context.asOf, frequency: context.indicator.frequency)
        let n = window.count, needed = minPoints - window.count
        let span = window.first.map { Wording.span($0.period, window.last!.period) } ?? ""
        let asOf = context.asOf
        let message = DeferredText { l in
            switch (l, n) {
            case (.en, 0): "No values to judge at \(asOf); at least \(minPoints) are needed to judge a trend."
            case (.es, 0): "No hay valores que juzgar al \(asOf); se necesitan al menos \(minPoints) para juzgar una tendencia."
            case (.en, _): "Only \(n) value\(n == 1 ? "" : "s") in the window (\(span)); at least \(minPoints) are needed to judge a trend."
            case (.es, _): "Solo \(n) valor\(n == 1 ? "" : "es") en la ventana (\(span)); se necesitan al menos \(minPoints) para juzgar una tendencia."
            }
        }
        let adjustment = DeferredText { l in
            switch l {
            case .en: "Collect data before judging: \(needed) more value\(needed == 1 ? " is" : "s are") needed; until then trend and progress are indicative only."
            case .es: "Reunir datos antes de juzgar: falta\(needed == 1 ? "" : "n") \(needed) valor\(needed == 1 ? "" : "es"); mientras tanto la tendencia y el avance son solo orientativos."
            }
        }
        return Finding(severity: .info, since: since, message: message, adjustment: adjustment)
    }
}
