/// A lessons-learned flag on one indicator: where the strategy or a target should be revisited.
public struct Flag: Hashable, Sendable {
    public let rule: RuleID
    public let finding: Finding
    /// The committee's decision on it, when one was recorded for this episode (see `FlagEvaluator`).
    public let decision: Decision?

    public init(rule: RuleID, finding: Finding, decision: Decision? = nil) {
        self.rule = rule
        self.finding = finding
        self.decision = decision
    }

    public var severity: Severity { finding.severity }
    public var since: Period { finding.since }
    public var message: DeferredText { finding.message }
    public var adjustment: DeferredText { finding.adjustment }
    /// A decision is on record: the flag stays visible, with it, until the condition clears.
    public var isAddressed: Bool { decision != nil }
}
