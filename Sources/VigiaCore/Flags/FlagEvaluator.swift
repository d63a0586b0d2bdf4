/// Runs the rules on one assessment and attaches the committee's decisions.
public enum FlagEvaluator {
    /// The flags of one indicator, most severe first, then in rule order.
    public static func flags(_ context: FlagContext, settings: RuleSettings, decisions: [Decision]) -> [Flag] {
        var raised = Raised(context: context, decisions: decisions)
        settings.visitEnabled(&raised)
        // Sorted in place: flags are large, and sorting a copy moved each one several times.
        raised.flags.sort { ($0.severity, $0.rule) < ($1.severity, $1.rule) }
        return raised.flags
    }

    /// The flags of the rules shown, each with its decision. Room for every rule's flag at once:
    /// growing the array moved each one several times.
    private struct Raised: FlagRuleVisitor {
        let context: FlagContext
        let decisions: [Decision]
        var flags: [Flag] = []

        init(context: FlagContext, decisions: [Decision]) {
            self.context = context
            self.decisions = decisions
            flags.reserveCapacity(RuleID.allCases.count)
        }

        mutating func visit<R: FlagRule>(_ rule: R) {
            guard let finding = rule.evaluate(context) else { return }
            let decision = decisions.isEmpty ? nil : FlagEvaluator.decision(for: R.id, indicator: context.indicator.id,
                                                                            since: finding.since, asOf: context.asOf,
                                                                            in: decisions)
            flags.append(Flag(rule: R.id, finding: finding, decision: decision))
        }
    }

    /// The latest decision on (indicator, rule) dated on or before the as-of date and not before
    /// the episode began (the start of the `since` period): a decision taken before then was
    /// about an earlier episode of the same condition, which has since cleared.
    static func decision(for rule: RuleID, indicator: String, since: Period, asOf: CalendarDate,
                         in decisions: [Decision]) -> Decision? {
        decisions
            .filter { $0.indicator == indicator && $0.rule == rule && $0.date <= asOf && $0.date >= since.startDate }
            .max { $0.date < $1.date }
    }
}
