/// Runs the rules on one assessment and attaches the committee's decisions.
public enum FlagEvaluator {
    /// The flags of one indicator, most severe first, then in rule order.
    public static func flags(_ context: FlagContext, settings: RuleSettings, decisions: [Decision]) -> [Flag] {
        // Room for every rule's flag at once, and sorted in place: flags are large, and growing the
        // array and sorting a copy moved each one several times.
        let rules = settings.rules
        var flags: [Flag] = []
        flags.reserveCapacity(rules.count)
        for rule in rules {
            let id = type(of: rule).id
            guard let finding = rule.evaluate(context) else { continue }
            let decision = decision(for: id, indicator: context.indicator.id, since: finding.since,
                                    asOf: context.asOf, in: decisions)
            flags.append(Flag(rule: id, finding: finding, decision: decision))
        }
        flags.sort { ($0.severity, $0.rule) < ($1.severity, $1.rule) }
        return flags
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
