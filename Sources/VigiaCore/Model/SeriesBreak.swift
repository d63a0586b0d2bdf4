/// A point from which a series measures something else: a new scope, method or classification.
///
/// Values on either side of a break count different things, so no statistic spans one
/// (methods.md §7): the trend window, the short term, process limits and change points all
/// start at the latest break, and a baseline before it is not comparable.
public struct SeriesBreak: Hashable, Sendable {
    /// The first period measured the new way.
    public let period: Period
    public let kind: BreakKind
    /// What changed, in both languages.
    public let note: LocalizedText

    public init(period: Period, kind: BreakKind, note: LocalizedText) {
        self.period = period
        self.kind = kind
        self.note = note
    }
}

public enum BreakKind: String, Sendable, CaseIterable {
    /// What is counted changed (all persons → nationals only; treaty extraditions → transfers).
    case scope
    /// How it is measured changed (a new survey design, a new estimation).
    case method
    /// The categories changed (SESNSP's 2026 RNID classification).
    case classification
}
