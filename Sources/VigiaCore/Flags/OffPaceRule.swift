/// off-pace: progress is in the right direction but too slow (methods.md §6).
///
/// Holds when 0 ≤ R < `ratioBelow` and the target is not yet met.
/// Severity: warning — the plan needs accelerating or revising, but nothing is going backwards.
/// Since: the first basis period of the unbroken run of such readings ending at the latest.
public struct OffPaceRule: FlagRule, Hashable {
    public static let id = RuleID.offPace
    /// R below this is off pace; 0.60 is the Eurostat boundary of "moderate" progress.
    public var ratioBelow = 0.60

    public init(ratioBelow: Double = 0.60) {
        self.ratioBelow = ratioBelow
    }

    func holds(_ m: ProgressMeasure) -> Bool {
        guard m.status != .met, let r = m.ratio else { return false }
        return r >= 0 && r < ratioBelow
    }

    public func evaluate(_ context: FlagContext) -> Finding? {
        let a = context.assessment
        guard let m = a.progress.measure, holds(m), let ratio = m.ratio,
              let since = a.track.runStart(where: { holds($0.measure) })?.period ?? a.progress.current?.period
        else { return nil }
        let unit = a.unit, start = a.progress.from, ratioBelow = ratioBelow
        let message = DeferredText { l in
            let limit = NumberText.ratio(ratioBelow), r = NumberText.ratio(ratio)
            let actual = m.actualRate.map { Wording.rate($0, m.method, unit, l) } ?? "—"
            let required = m.requiredRate.map { Wording.rate($0, m.method, unit, l) } ?? "—"
            let from = start.map { "\($0.period)" } ?? "—"
            switch l {
            case .en: return "Off pace since \(since): ratio \(r) < \(limit) (actual \(actual) against \(required) required from \(from))."
            case .es: return "Ritmo insuficiente desde \(since): razón \(r) < \(limit) (real \(actual) frente a \(required) requerido desde \(from))."
            }
        }
        let shared = context.shared
        return Finding(severity: .warning, since: since, message: message,
                       adjustment: DeferredText { adjustment(shared.value, $0) })
    }

    func adjustment(_ a: Assessment, _ l: Language) -> String {
        let base = l == .es ? "Acelerar o revisar el plan." : "Accelerate or revise the plan."
        guard let m = a.progress.measure, let target = a.progress.target, let current = a.progress.current,
              let latest = a.basisSeries.last,
              let needed = m.method.rate(from: latest.timed,
                                         to: TimedValue(time: target.period.time, value: target.value))
        else { return base }
        let unit = a.unit
        let now = Wording.current(current, a.progress.basis, unit, l)
        let goal = NumberText.grouped(target.value), rate = Wording.rate(needed, m.method, unit, l)
        switch l {
        case .en: return "\(base) From \(now), reaching \(goal) by \(target.period) now takes \(rate)."
        case .es: return "\(base) Desde \(now), llegar a \(goal) en \(target.period) requiere ahora \(rate)."
        }
    }
}
