/// The lessons-learned rules (methods.md §6). The raw values are the ids used in
/// `Config/rules.yaml`, `Config/lessons.yaml`, the JSON report and `--fail-on`.
public enum RuleID: String, Sendable, CaseIterable, Comparable {
    case movingAway = "moving-away"
    case offPace = "off-pace"
    case targetInfeasible = "target-infeasible"
    case targetMetEarly = "target-met-early"
    case regimeChange = "regime-change"
    case staleData = "stale-data"
    case insufficientData = "insufficient-data"
    case dataRevised = "data-revised"
    case divergence
    case notComparable = "not-comparable"

    /// Declaration order: the order rules are listed and, within a severity, flags are shown.
    public static func < (a: RuleID, b: RuleID) -> Bool {
        order.firstIndex(of: a)! < order.firstIndex(of: b)!
    }

    /// `allCases` made once: the synthesized property builds a new array per call, and flags are
    /// sorted by this for every series evaluated.
    private static let order = allCases
}
