/// How urgently a flag needs the committee's attention.
public enum Severity: String, Sendable, CaseIterable, Comparable {
    /// The strategy is failing against an agreed target: escalate.
    case critical
    /// Something needs a decision: a plan off pace, a target to revisit, data to chase.
    case warning
    /// Worth knowing; no decision is required.
    case info

    /// Critical first.
    public static func < (a: Severity, b: Severity) -> Bool {
        order.firstIndex(of: a)! < order.firstIndex(of: b)!
    }

    /// `allCases` made once: the synthesized property builds a new array per call, and flags are
    /// sorted by this for every series evaluated.
    private static let order = allCases
}
