/// How far a figure can be trusted, as its data file grades it (docs/assessment.md, "Grades").
///
/// The research collection grades every figure it copied: `high` is the agency's own publication
/// (or a figure two independent reports agree on), `medium` an exact figure attributed to the
/// official report by one named outlet, `low` a rounded, ambiguous, conflicting or aggregator
/// figure. An official release read by `vigia import` is `high`; so is a row whose grade is empty
/// (files written before grades existed). A status resting on a `low` figure is never critical.
public enum Confidence: String, Sendable, Hashable, CaseIterable, Comparable {
    case high, medium, low

    /// A data file's cell: empty is `high`; anything else must be one of the three words.
    public init?(cell: String) {
        if cell.isEmpty { self = .high; return }
        self.init(rawValue: cell)
    }

    /// Weakest last: `low` is the greatest, so `max()` of a set of figures is its weakest grade.
    public static func < (a: Confidence, b: Confidence) -> Bool { a.rank < b.rank }

    /// Compared for every figure behind a status on every frame, and when flags are sorted for
    /// every series evaluated: a switch, not a search of `allCases` (a new array per call).
    private var rank: Int {
        switch self {
        case .high: 0
        case .medium: 1
        case .low: 2
        }
    }

    /// The weakest of several figures' grades: a sum is only as good as its worst part.
    public static func weakest(_ grades: some Sequence<Confidence>) -> Confidence {
        grades.max() ?? .high
    }
}
