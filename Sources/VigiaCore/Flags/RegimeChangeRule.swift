/// regime-change: the process changed after the start of the assessment (methods.md §5–6).
///
/// Holds when a change point falls after the progress start (the baseline, or five years back
/// without a target): a level shift found by CUSUM in a monthly or quarterly series, or a
/// change of trend found by the BIC break search in an annual one. The latest such change is
/// reported. Special-cause signals of the individuals chart alone do not raise it: on a
/// trending series they persist for years and would flag nearly every indicator; they are
/// reported with the chart (JSON `control.signals`) instead.
///
/// Severity: warning when the change is bad news for the indicator, info when it is good news.
/// Since: the period the new regime began.
public struct RegimeChangeRule: FlagRule, Hashable {
    public static let id = RuleID.regimeChange

    public init() {}

    public func evaluate(_ context: FlagContext) -> Finding? {
        let a = context.assessment
        guard let start = a.progress.from?.period ?? a.window.first?.period,
              let change = a.control?.changes.last(where: { $0.period.startDate > start.endDate })
        else { return nil }
        let reading = change.reading(for: a.indicator.direction)
        let event = Self.nearestEvent(before: change.period, in: a.events)
        let shared = context.shared
        return Finding(severity: reading == .concern ? .warning : .info, since: change.period,
                       message: DeferredText { l in
                           message(change, reading, shared.value, l) + (event.map { " " + Self.eventText($0, l) } ?? "")
                       },
                       adjustment: DeferredText { adjustment(change.period, $0) })
    }

    /// The latest event dated before the end of the period the new regime began in: the first
    /// thing to look at when asking what changed.
    static func nearestEvent(before period: Period, in events: [PolicyEvent]) -> PolicyEvent? {
        events.last { $0.date <= period.endDate }
    }

    static func eventText(_ e: PolicyEvent, _ l: Language) -> String {
        switch l {
        case .en: "Nearest event before it: \(e.date), \(e.title.en)."
        case .es: "Evento más cercano antes: \(e.date), \(e.title.es)."
        }
    }

    func message(_ change: ChangePoint, _ reading: Reading, _ a: Assessment, _ l: Language) -> String {
        let unit = a.unit
        let news = switch (reading, l) {
        case (.improvement, .en): "an improvement"
        case (.concern, .en): "a concern"
        case (.improvement, .es): "una mejora"
        case (.concern, .es): "un motivo de preocupación"
        }
        switch change {
        case let .trendChange(at, before, after):
            let b = "\(NumberText.signed(before)) \(unit[l])", f = "\(NumberText.signed(after)) \(unit[l])"
            switch l {
            case .en: return "Change of trend in \(at), \(news): \(b)/yr before, \(f)/yr after (piecewise-linear fit, breaks chosen by BIC)."
            case .es: return "Cambio de tendencia en \(at), \(news): \(b)/año antes, \(f)/año después (ajuste lineal por tramos, cortes elegidos por BIC)."
            }
        case let .levelShift(start, detected, side, previous, steps):
            let level = NumberText.grouped(previous)
            let since = a.window.filter { $0.period >= start }.map(\.value)
            let now = since.isEmpty ? "—" : NumberText.grouped(since.reduce(0, +) / Double(since.count))
            switch l {
            case .en:
                let how = steps > 1 ? "\(steps) successive shifts, last signalled \(detected)" : "signalled \(detected)"
                return "Level shift \(side == .high ? "up" : "down") from \(start), \(news) (CUSUM, \(how)): mean \(now) since, against \(level) before."
            case .es:
                let how = steps > 1 ? "\(steps) cambios sucesivos, última señal en \(detected)" : "señal en \(detected)"
                return "Cambio de nivel \(side == .high ? "al alza" : "a la baja") desde \(start), \(news) (CUSUM, \(how)): media de \(now) desde entonces, frente a \(level) antes."
            }
        }
    }

    func adjustment(_ period: Period, _ l: Language) -> String {
        switch l {
        case .en: return "Review attribution: what changed in \(period)? Rebase the process limits from \(period) so later points are judged against the new regime."
        case .es: return "Revisar la atribución: ¿qué cambió en \(period)? Recalcular los límites del proceso desde \(period) para juzgar los puntos posteriores frente al nuevo régimen."
        }
    }
}
