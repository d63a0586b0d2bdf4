/// target-met-early: the target is already met, or the process will meet it as it runs (methods.md §6).
///
/// Holds when the status is met before the target period, or when the process consistently
/// passes the target (the target lies beyond the process limits on the good side).
/// Severity: info — good news; the committee may raise the ambition.
/// Since: the first basis period of the unbroken run of met readings ending at the latest; for
/// assurance, the first of the unbroken run of charted points better than the target.
public struct TargetMetEarlyRule: FlagRule, Hashable {
    public static let id = RuleID.targetMetEarly

    public init() {}

    public func evaluate(_ context: FlagContext) -> Finding? {
        let shared = context.shared
        let met = metEarly(shared.value)
        let evidence = AssuranceEvidence(shared, .consistentlyPasses)
        guard let since = met ?? evidence?.runStart(better: true) else { return nil }
        let message = DeferredText { l in
            [met.map { metText(shared.value, since: $0, l) }, evidence.map { passesText($0, l) }].compactMap { $0 }
                .joined(separator: " ")
        }
        return Finding(severity: .info, since: since, message: message,
                       adjustment: DeferredText { adjustment(shared.value, $0) })
    }

    /// Met at the latest basis point, which comes before the target period.
    func metEarly(_ a: Assessment) -> Period? {
        guard a.status == .met, let goal = a.progress.target, let latest = a.basisSeries.last,
              latest.time < goal.period.time else { return nil }
        return a.track.runStart(of: .met)?.period ?? latest.period
    }

    func metText(_ a: Assessment, since: Period, _ l: Language) -> String {
        let now = a.progress.current.map { Wording.current($0, a.progress.basis, a.unit, l) } ?? "—"
        let goal = a.progress.target.map { NumberText.grouped($0.value) } ?? "—"
        let period = a.progress.target.map { "\($0.period)" } ?? "—"
        switch l {
        case .en: return "Target met early, since \(since): \(now) is already beyond the target of \(goal) set for \(period)."
        case .es: return "Meta alcanzada antes de tiempo, desde \(since): \(now) ya supera la meta de \(goal) fijada para \(period)."
        }
    }

    func passesText(_ e: AssuranceEvidence, _ l: Language) -> String {
        let since = e.runStart(better: true)
        switch l {
        case .en: return "The process consistently passes the target: \(e.placement(l)); every value since \(since) is better than it."
        case .es: return "El proceso cumple la meta de forma constante: \(e.placement(l)); todos los valores desde \(since) son mejores."
        }
    }

    func adjustment(_ a: Assessment, _ l: Language) -> String {
        let base = l == .es ? "Elevar la ambición." : "Raise the ambition."
        guard let goal = a.progress.target, let current = a.progress.current else { return base }
        let now = NumberText.grouped(current.value), target = NumberText.grouped(goal.value)
        switch l {
        case .en: return "\(base) With \(now) reached against \(target) set for \(goal.period), a revised target should ask for progress beyond the level already achieved."
        case .es: return "\(base) Con \(now) alcanzado frente a \(target) fijado para \(goal.period), una meta revisada debería pedir avances más allá del nivel ya logrado."
        }
    }
}
