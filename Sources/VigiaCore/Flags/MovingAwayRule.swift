/// moving-away: the indicator is heading away from its target (methods.md §6–7).
///
/// Holds when the progress ratio R is below zero (status moving-away), or — with
/// `wrongWayTrend` — when the trend test is significant in the undesired direction, which
/// also covers indicators without a target.
///
/// Severity weighs the evidence (docs/flags.md): **critical** only when it all agrees — the
/// long-term status is moving away and not borderline, the short-term status is moving away or
/// insufficient, and the trend test (the right one for the series) is significant in the wrong
/// direction. Otherwise a **warning** whose message says what disagrees; the trend alone, with
/// no agreed figure being missed, is a warning too.
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
            ? a.track.runStart(of: .movingAway)?.period ?? a.progress.current?.period
            : nil
        let trend = wrongWayTrend ? wrongWay(a) : nil
        guard let since = ratioSince ?? trend?.since else { return nil }
        let dissent = ratioSince == nil ? [] : Dissent.all(a, wrongWayTrend: wrongWay(a) != nil)
        let shared = context.shared
        let message = DeferredText { l in
            let a = shared.value
            return [ratioSince.map { ratioText(a, since: $0, l) }, trend.map { trendText($0.reading, since: $0.since, a, l) },
                    dissent.isEmpty ? nil : Dissent.sentence(dissent, a, l)]
                .compactMap { $0 }.joined(separator: " ")
        }
        return Finding(severity: ratioSince != nil && dissent.isEmpty ? .critical : .warning, since: since,
                       message: message, adjustment: DeferredText { adjustment(shared.value, $0) })
    }

    /// A significant trend against the desired direction, and where its window starts.
    func wrongWay(_ a: Assessment) -> (reading: TrendReading, since: Period)? {
        guard let t = a.trend, let first = a.window.firstPeriod else { return nil }
        let wrong: TrendDirection = a.indicator.direction == .increase ? .decreasing : .increasing
        return t.direction == wrong ? (t, first) : nil
    }

    /// What keeps a moving-away status from being critical: each is evidence that points elsewhere.
    enum Dissent: Hashable {
        case borderline
        case shortTerm(ShortTermProgress)
        case noShortTerm(years: Int)
        case trend(TrendReading?)
        case lastYear(YearChange)
        /// The latest figure is graded low: no escalation rests on it.
        case lowConfidence

        static func all(_ a: Assessment, wrongWayTrend: Bool) -> [Dissent] {
            var found: [Dissent] = []
            if a.restsOnLowConfidence { found.append(.lowConfidence) }
            if a.progress.borderline { found.append(.borderline) }
            if let year = a.progress.lastYear, a.indicator.direction.sign * year.change > 0 { found.append(.lastYear(year)) }
            if let short = a.progress.shortTerm {
                if short.status != .movingAway, short.status != .insufficient { found.append(.shortTerm(short)) }
            } else {
                found.append(.noShortTerm(years: a.indicator.shortTermYears))
            }
            if !wrongWayTrend { found.append(.trend(a.trend)) }
            return found
        }

        /// `Not critical: the evidence disagrees — down 26% in the last 12 months, on track over the last 5 years, …`
        static func sentence(_ dissent: [Dissent], _ a: Assessment, _ l: Language) -> String {
            let parts = dissent.map { $0.text(a, l) }
            let list = parts.count > 1
                ? parts.dropLast().joined(separator: ", ") + (l == .es ? " y " : " and ") + parts.last!
                : parts[0]
            return l == .es ? "No es crítico, la evidencia no coincide: \(list)."
                            : "Not critical, the evidence disagrees: \(list)."
        }

        func text(_ a: Assessment, _ l: Language) -> String {
            switch self {
            case .borderline:
                let distance = a.progress.margin?.nearest.map { " (\(Wording.distance($0.distance, to: $0.status, l)))" } ?? ""
                return l == .es ? "el estado está en el límite\(distance)" : "the status is borderline\(distance)"
            case .lastYear(let year):
                return Wording.lastYear(year, a.indicator.frequency, l)
            case .lowConfidence:
                return l == .es ? "la última cifra es de confianza baja" : "the latest figure is low confidence"
            case .shortTerm(let short):
                guard short.sinceBreak == nil else { return Wording.shortTerm(short, l) }
                return l == .es ? "\(short.status.label(l)) en los últimos \(short.years) años (desde \(short.from.period))"
                                : "\(short.status.label(l)) over the last \(short.years) years (since \(short.from.period))"
            case .noShortTerm(let years):
                return l == .es ? "no hay valor de hace \(years) años para el corto plazo"
                                : "no value \(years) years back for the short term"
            case .trend(let reading):
                guard let t = reading else { return l == .es ? "no hay prueba de tendencia" : "no trend test" }
                let test = t.test.label(l)
                if t.direction == .noTrend {
                    return l == .es ? "la prueba de tendencia (\(test)) no encuentra una tendencia significativa (\(Wording.p(t.p)))"
                                    : "the trend test (\(test)) finds no significant trend (\(Wording.p(t.p)))"
                }
                return l == .es ? "la prueba de tendencia (\(test)) encuentra una tendencia significativa en el sentido deseado (\(Wording.p(t.p)))"
                                : "the trend test (\(test)) finds a significant trend the right way (\(Wording.p(t.p)))"
            }
        }
    }

    func ratioText(_ a: Assessment, since: Period, _ l: Language) -> String {
        let ratio = a.progress.measure?.ratio.map(NumberText.ratio) ?? "—"
        let unit = a.unit
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

    func trendText(_ t: TrendReading, since: Period, _ a: Assessment, _ l: Language) -> String {
        let slope = t.slopeText(a.unit, l) ?? "—"
        let test = t.test.label(l)
        switch (l, t.direction) {
        case (.en, _):
            return "Significant \(t.direction.label(l)) trend since \(since), the wrong way (\(test); Sen slope \(slope); \(Wording.p(t.p)))."
        case (.es, .increasing):
            return "Tendencia creciente significativa desde \(since), en sentido contrario al deseado (\(test); pendiente de Sen \(slope); \(Wording.p(t.p)))."
        case (.es, _):
            return "Tendencia decreciente significativa desde \(since), en sentido contrario al deseado (\(test); pendiente de Sen \(slope); \(Wording.p(t.p)))."
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
        let r = Wording.rate(rate, m.method, a.unit, l)
        let p = NumberText.grouped(projected.value), goal = NumberText.grouped(target.value)
        var text: String
        switch l {
        case .en: text = "\(escalate) At the rate since the start (\(r)) the value would be \(p) in \(target.period), against a target of \(goal)."
        case .es: text = "\(escalate) Al ritmo desde el inicio (\(r)) el valor sería \(p) en \(target.period), frente a una meta de \(goal)."
        }
        if let short = a.progress.shortTerm, short.from != a.progress.from, let rate = short.measure.actualRate,
           let value = short.projected?.value {
            let r = Wording.rate(rate, m.method, a.unit, l), v = NumberText.grouped(value)
            text += l == .es ? " Al ritmo de los últimos \(short.years) años (\(r)) sería \(v)."
                             : " At the rate of the last \(short.years) years (\(r)) it would be \(v)."
        }
        return text
    }
}
