/// Why an indicator has its status, in one sentence with its numbers (methods.md §7).
///
/// A status compares the latest value with the start (the baseline of an agreed target); an
/// official who reads "moving away" beside a chart that has fallen for a year needs to know
/// that at once. The sentence names the baseline, and adds the last year and the short term
/// when they point the other way:
/// "Moving away: 3.6% above the 2019 baseline (73,690 vs 71,130), although down 26% in the last
/// 12 months; on track over 5 years."
struct StatusReason {
    let a: Assessment

    var text: DeferredText {
        let reason = self
        return DeferredText { reason.sentence($0) }
    }

    func sentence(_ l: Language) -> String {
        let p = a.progress
        let status = switch p.status {
        case .notAssessable: "\(Wording.opening(.notAssessable, l)): \(notAssessable(l))."
        case .noTarget: noTarget(l)
        default: withTarget(l)
        }
        return a.restsOnLowConfidence ? status + " " + lowConfidence(l) : status
    }

    /// A status that stands on a weak figure says so, and is read as a warning at most.
    func lowConfidence(_ l: Language) -> String {
        l == .es
            ? "Se apoya en una cifra de confianza baja (redondeada, ambigua o de un agregador): a lo sumo una advertencia, nunca crítico."
            : "It rests on a low-confidence figure (rounded, ambiguous or from an aggregator): a warning at most, never critical."
    }

    // MARK: Against a target

    func withTarget(_ l: Language) -> String {
        let p = a.progress
        guard let from = p.from, let current = p.current, let measure = p.measure else { return "" }
        let comparison = p.status == .met ? met(current, l) : againstStart(from, current, measure, l)
        var sentence = "\(head(l)): \(comparison)"
        let good = p.status != .movingAway
        if let year = p.lastYear, year.change != 0, (a.indicator.direction.sign * year.change > 0) != good {
            sentence += (l == .es ? ", aunque " : ", although ") + Wording.lastYear(year, a.indicator.frequency, l)
        }
        if let short = p.shortTerm, short.status != p.status, short.status != .notAssessable {
            sentence += "; " + Wording.shortTerm(short, l)
        }
        return sentence + "."
    }

    /// `Moving away (borderline: 0.6% from insufficient)`.
    func head(_ l: Language) -> String {
        let status = Wording.opening(a.progress.status, l)
        guard a.progress.borderline, let nearest = a.progress.margin?.nearest else { return status }
        let distance = Wording.distance(nearest.distance, to: nearest.status, l)
        return l == .es ? "\(status) (en el límite: \(distance))" : "\(status) (borderline: \(distance))"
    }

    /// `3.6% above the 2019 baseline (73,690 vs 71,130)`, with the pace for partial progress.
    func againstStart(_ from: PeriodValue, _ current: PeriodValue, _ m: ProgressMeasure, _ l: Language) -> String {
        let start = a.target != nil
            ? (l == .es ? "la línea base de \(from.period)" : "the \(from.period) baseline")
            : (l == .es ? "el valor de \(from.period)" : "the \(from.period) value")
        let values = "(\(NumberText.grouped(current.value)) \(l == .es ? "frente a" : "vs") \(NumberText.grouped(from.value)))"
        let change = from.value != 0 ? (current.value - from.value) / abs(from.value) : 0
        let position: String
        if change == 0 {
            position = l == .es ? "igual que \(start) \(values)" : "level with \(start) \(values)"
        } else {
            let side = switch (change > 0, l) {
            case (true, .en): "above"
            case (false, .en): "below"
            case (true, .es): "por encima de"
            case (false, .es): "por debajo de"
            }
            position = "\(Wording.share(change, l)) \(side) \(start) \(values)"
        }
        guard let ratio = m.ratio, [.onTrack, .moderate, .insufficient].contains(m.status) else { return position }
        let pace = Wording.share(ratio, l)
        return l == .es
            ? "\(position), al \(pace) del ritmo que requiere la meta"
            : "\(position), at \(pace) of the pace the target requires"
    }

    /// `2,764 firearms in 2024, beyond the target of 2,500 for 2028`.
    func met(_ current: PeriodValue, _ l: Language) -> String {
        let now = Wording.current(current, a.progress.basis, a.unit, l)
        guard let target = a.progress.target else { return now }
        let goal = NumberText.grouped(target.value)
        let at = current.value == target.value
        return l == .es
            ? "\(now), \(at ? "en" : "más allá de") la meta de \(goal) para \(target.period)"
            : "\(now), \(at ? "at" : "beyond") the target of \(goal) for \(target.period)"
    }

    // MARK: Without a target

    /// `No target: down 81% since 2019 (1,161 vs 6,225), significant movement away.`
    func noTarget(_ l: Language) -> String {
        let p = a.progress
        guard let from = p.from, let current = p.current, let m = p.measure else {
            return "\(Wording.opening(.noTarget, l))."
        }
        let change = from.value != 0 ? (current.value - from.value) / abs(from.value) : 0
        let values = "(\(NumberText.grouped(current.value)) \(l == .es ? "frente a" : "vs") \(NumberText.grouped(from.value)))"
        let moved = switch (change < 0, l) {
        case (true, .en): "down \(Wording.share(change, l)) since \(from.period)"
        case (false, .en): "up \(Wording.share(change, l)) since \(from.period)"
        case (true, .es): "bajó \(Wording.share(change, l)) desde \(from.period)"
        case (false, .es): "subió \(Wording.share(change, l)) desde \(from.period)"
        }
        var sentence = "\(Wording.opening(.noTarget, l)): \(moved) \(values)"
        if let cls = m.noTargetClass {
            sentence += ", \(cls.label(l))"
            if let rate = m.actualRate { sentence += " (\(Wording.rate(rate, m.method, a.unit, l)))" }
            let good = cls == .significantProgress || cls == .moderateProgress
            if let year = p.lastYear, year.change != 0, (a.indicator.direction.sign * year.change > 0) != good {
                sentence += (l == .es ? ", aunque " : ", although ") + Wording.lastYear(year, a.indicator.frequency, l)
            }
        }
        return sentence + "."
    }

    // MARK: Not assessable

    func notAssessable(_ l: Language) -> String {
        let p = a.progress
        if a.series.isEmpty { return l == .es ? "sin datos" : "no data" }
        if let cut = p.notComparable, let baseline = a.target?.baseline {
            let what = Wording.breakKind(cut.kind, l)
            return l == .es
                ? "la línea base de \(baseline.period) es anterior al \(what) de \(cut.period) y mide otra cosa; hay que fijar de nuevo la meta"
                : "the \(baseline.period) baseline comes before the \(what) of \(cut.period) and measures something else; the target needs re-basing"
        }
        guard let current = p.current else {
            if let cut = a.comparableSince {
                let what = Wording.breakKind(cut.kind, l)
                return l == .es ? "aún no hay 12 meses completos desde el \(what) de \(cut.period)"
                                : "no complete 12 months yet since the \(what) of \(cut.period)"
            }
            return l == .es ? "aún no hay 12 meses completos para sumar" : "no complete 12-month window yet"
        }
        guard p.from != nil else {
            return l == .es ? "un solo valor (\(current.period)), sin punto de partida"
                            : "one value only (\(current.period)), no earlier point to compare"
        }
        if p.measure?.method == .cagr {
            return l == .es ? "las tasas de crecimiento necesitan valores positivos"
                            : "growth rates need positive values"
        }
        return l == .es ? "el punto de partida y el último valor son del mismo periodo"
                        : "the start and the latest value are the same period"
    }
}

extension Assessment {
    /// The reason for the status in one sentence, in both languages (worded when read).
    public var why: DeferredText { StatusReason(a: self).text }
}
