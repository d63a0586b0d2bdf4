/// Every threshold of the flag rules and the process-control analysis, with the defaults of
/// methods.md §4–6. `Config/rules.yaml` overrides any of them; without it these apply.
public struct RuleSettings: Hashable, Sendable {
    public var control = ProcessControlSettings.standard
    public var movingAway = MovingAwayRule()
    public var offPace = OffPaceRule()
    public var targetInfeasible = TargetInfeasibleRule()
    public var targetMetEarly = TargetMetEarlyRule()
    public var regimeChange = RegimeChangeRule()
    public var staleData = StaleDataRule()
    public var insufficientData = InsufficientDataRule()
    public var dataRevised = DataRevisedRule()
    public var divergence = DivergenceRule()
    public var notComparable = NotComparableRule()
    /// Rules switched off with `enabled: false`.
    public var disabled: Set<RuleID> = []
    /// A status within this relative change of a neighbouring category is borderline (methods.md §7):
    /// provisional counts are revised by about this much.
    public var borderline = RuleSettings.defaultBorderline

    public static let defaultBorderline = 0.02

    public static let defaults = RuleSettings()

    public init() {}

    /// The enabled rules, in `RuleID` order.
    public var rules: [any FlagRule] {
        var collected = Collector()
        visitEnabled(&collected)
        return collected.rules
    }

    /// Shows `visitor` each enabled rule in `RuleID` order, as its own type: the flags of every
    /// municipal series are raised this way, without an array of existential rules built each time.
    func visitEnabled(_ visitor: inout some FlagRuleVisitor) {
        func visit<R: FlagRule>(_ rule: R) {
            if disabled.isEmpty || !disabled.contains(R.id) { visitor.visit(rule) }
        }
        visit(movingAway); visit(offPace); visit(targetInfeasible); visit(targetMetEarly); visit(regimeChange)
        visit(staleData); visit(insufficientData); visit(dataRevised); visit(divergence); visit(notComparable)
    }

    private struct Collector: FlagRuleVisitor {
        var rules: [any FlagRule] = []
        mutating func visit<R: FlagRule>(_ rule: R) { rules.append(rule) }
    }
}

/// What `RuleSettings.visitEnabled` shows the rules to.
protocol FlagRuleVisitor {
    mutating func visit<R: FlagRule>(_ rule: R)
}
