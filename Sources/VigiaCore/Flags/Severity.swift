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
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
