/// moving-away: the indicator is heading away from its target (methods.md §6).
///
/// Holds when the progress ratio R is below zero (status moving-away), or — with
/// `wrongWayTrend` — when the trend test is significant in the undesired direction, which
/// also covers indicators without a target.
///
/// Severity: critical when R < 0, since the strategy is failing against an agreed target;
/// warning when only the trend is wrong, since no agreed figure is being missed.
/// Since: the first basis period of the unbroken run of moving-away readings ending at the
/// latest; for the trend alone, the first period of the window the trend was measured on.
public struct MovingAwayRule: FlagRule, Hashable {
    public static let id = RuleID.movingAway
    /// Also flag a significant trend the wrong way.
    public var wrongWayTrend = true

    public init(wrongWayTrend: Bool = true) {
        self.wrongWayTrend = wrongWayTrend
    }

    public func evaluate(_ context: FlagContext) -> Finding? {
        let a = context.assessment
        let ratioSince = a.status == .movingAway
            ? a.track.runStart(where: { $0.measure.status == .movingAway })?.period ?? a.progress.current?.period
            : nil
        let trend = wrongWayTrend ? wrongWay(a) : nil
        guard let since = ratioSince ?? trend?.since else { return nil }
        let message = DeferredText { l in
            [ratioSince.map { ratioText(a, since: $0, l) }, trend.map { trendText($0.result, since: $0.since, a, l) }]
                .compactMap { $0 }.joined(separator: " ")
        }
        return Finding(severity: ratioSince != nil ? .critical : .warning, since: since, message: message,
                       adjustment: DeferredText { adjustment(a, $0) })
    }

    /// A significant trend against the desired direction, and where its window starts.
    func wrongWay(_ a: Assessment) -> (result: TrendResult, since: Period)? {
        guard let t = a.trend, let first = a.window.first else { return nil }
        let wrong: TrendDirection = a.indicator.direction == .increase ? .decreasing : .increasing
        return t.direction == wrong ? (t, first.period) : nil
    }

    func ratioText(_ a: Assessment, since: Period, _ l: Language) -> String {
        let ratio = a.progress.measure?.ratio.map(NumberText.ratio) ?? "—"
        let unit = a.indicator.unit
        let current = a.progress.current.map { Wording.current($0, a.progress.basis, unit, l) } ?? "—"
        let start = a.progress.from.map { "\(Wording.amount($0.value, unit, l)) (\($0.period))" } ?? "—"
        let target = a.progress.target.map { "\(NumberText.grouped($0.value)) \(l == .es ? "para" : "by") \($0.period)" } ?? "—"
        switch l {
        case .en:
            return "Moving away from the target since \(since): ratio \(ratio) < 0, with \(current) against \(start) at the start (target \(target))."
        case .es:
            return "Se aleja de la meta desde \(since): razón \(ratio) < 0, con \(current) frente a \(start) al inicio (meta \(target))."
        }
    }

    func trendText(_ t: TrendResult, since: Period, _ a: Assessment, _ l: Language) -> String {
        let slope = t.slopePerYear.map { "\(NumberText.signed($0)) \(a.indicator.unit[l])/\(l == .es ? "año" : "yr")" } ?? "—"
        let p = t.p < 0.001 ? "p < 0.001" : "p = \(NumberText.grouped(t.p, decimals: 3))"
        switch (l, t.direction) {
        case (.en, _):
            return "Significant \(t.direction.rawValue) trend since \(since), the wrong way (Sen slope \(slope), \(p))."
        case (.es, .increasing):
            return "Tendencia creciente significativa desde \(since), en sentido contrario al deseado (pendiente de Sen \(slope), \(p))."
        case (.es, _):
            return "Tendencia decreciente significativa desde \(since), en sentido contrario al deseado (pendiente de Sen \(slope), \(p))."
        }
    }

    func adjustment(_ a: Assessment, _ l: Language) -> String {
        let escalate = l == .es ? "Escalar: revisar el enfoque." : "Escalate: review the approach."
        guard let m = a.progress.measure, let rate = m.actualRate, let projected = a.progress.projected,
              let target = a.progress.target else {
            guard let since = wrongWay(a)?.since else { return escalate }
            switch l {
            case .en: return "\(escalate) With no target to measure against, the trend since \(since) is the evidence to discuss."
            case .es: return "\(escalate) Sin meta con la cual comparar, la tendencia desde \(since) es la evidencia a discutir."
            }
        }
        let r = Wording.rate(rate, m.method, a.indicator.unit, l)
        let p = NumberText.grouped(projected.value), goal = NumberText.grouped(target.value)
        switch l {
        case .en: return "\(escalate) At the current rate (\(r)) the value would be \(p) in \(target.period), against a target of \(goal)."
        case .es: return "\(escalate) Al ritmo actual (\(r)) el valor sería \(p) en \(target.period), frente a una meta de \(goal)."
        }
    }
}
