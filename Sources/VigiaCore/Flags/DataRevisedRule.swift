/// data-revised: recent imports changed earlier values materially (methods.md §6).
///
/// Defined over the `Revision`s the store records when an import changes a value it already
/// held; with none (no store yet) it never fires. Holds when a revision recorded within
/// `withinMonths` before the as-of date (and not after it) changed a value by more than
/// `threshold` (relative). The window lets the flag clear once the revision is old news.
///
/// Severity: info — nothing needs deciding, but readers of the last report should know.
/// Since: the earliest period whose value was revised.
public struct DataRevisedRule: FlagRule, Hashable {
    public static let id = RuleID.dataRevised
    /// Relative change above which a revision is material: 2 %.
    public var threshold = 0.02
    public var withinMonths = 12

    public init(threshold: Double = 0.02, withinMonths: Int = 12) {
        self.threshold = threshold
        self.withinMonths = withinMonths
    }

    /// A change from zero to anything else is always material.
    func isMaterial(_ r: Revision) -> Bool {
        guard let change = r.relativeChange else { return r.revised != r.previous }
        return abs(change) > threshold
    }

    public func evaluate(_ context: FlagContext) -> Finding? {
        let after = context.asOf.adding(months: -withinMonths)
        let material = context.revisions.filter {
            $0.indicator == context.indicator.id && $0.recorded > after && $0.recorded <= context.asOf && isMaterial($0)
        }
        guard let since = material.map(\.period).min(),
              let largest = material.max(by: { abs($0.relativeChange ?? .infinity) < abs($1.relativeChange ?? .infinity) })
        else { return nil }
        let n = material.count
        let limit = NumberText.grouped(threshold * 100, decimals: threshold * 100 < 10 ? 1 : 0)
        let asOf = context.asOf
        let message = DeferredText { l in
            let change = largest.relativeChange.map { " (\(NumberText.percent($0, language: l)))" } ?? ""
            let from = NumberText.grouped(largest.previous), to = NumberText.grouped(largest.revised)
            switch l {
            case .en:
                return "\(n) earlier value\(n == 1 ? "" : "s") revised by more than \(limit)% in the \(withinMonths) months to \(asOf), from \(since) on; the largest: \(largest.period) from \(from) to \(to)\(change)."
            case .es:
                return "\(n) valor\(n == 1 ? "" : "es") anterior\(n == 1 ? "" : "es") revisado\(n == 1 ? "" : "s") en más de \(limit) % en los \(withinMonths) meses al \(asOf), desde \(since); el mayor: \(largest.period) de \(from) a \(to)\(change)."
            }
        }
        let adjustment = DeferredText { l in
            switch l {
            case .en: "Note the revision in the report: progress and flags now use the revised figures."
            case .es: "Señalar la revisión en el informe: el avance y las alertas ya usan las cifras revisadas."
            }
        }
        return Finding(severity: .info, since: since, message: message, adjustment: adjustment)
    }
}
