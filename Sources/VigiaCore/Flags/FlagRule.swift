/// Everything a rule may look at for one indicator at the as-of date.
public struct FlagContext: Sendable {
    /// The assessment, once, by reference: what the flags' deferred wording keeps.
    let shared: SharedAssessment
    public let asOf: CalendarDate
    /// Changes that imports made to this indicator's earlier values (from the store; empty without one).
    public let revisions: [Revision]
    /// Every assessment of the dashboard by indicator id: divergence compares linked indicators.
    public let peers: [String: Assessment]

    public init(assessment: Assessment, asOf: CalendarDate, revisions: [Revision] = [],
                peers: [String: Assessment] = [:]) {
        shared = SharedAssessment(assessment)
        self.asOf = asOf
        self.revisions = revisions
        self.peers = peers
    }

    public var assessment: Assessment { shared.value }
    public var indicator: Indicator { shared.value.indicator }
}

/// One lessons-learned rule (methods.md §6). A rule's stored properties are its thresholds,
/// read from `Config/rules.yaml`; `evaluate` is pure.
public protocol FlagRule: Sendable {
    static var id: RuleID { get }
    /// What the rule finds for this indicator, or nil when its condition does not hold.
    func evaluate(_ context: FlagContext) -> Finding?
}
