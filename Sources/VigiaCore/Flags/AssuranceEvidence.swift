/// What the two assurance rules (target-infeasible, target-met-early) say about the chart.
struct AssuranceEvidence {
    /// Shared with the flag that words it (see `SharedAssessment`).
    let shared: SharedAssessment
    let control: ProcessControl
    let target: Double

    init?(_ shared: SharedAssessment, _ expected: Assurance) {
        guard let control = shared.value.control, control.assurance == expected, let target = control.target else { return nil }
        self.shared = shared
        self.control = control
        self.target = target
    }

    var assessment: Assessment { shared.value }

    /// The first period of the unbroken run of charted points, ending at the latest, that are on
    /// the target's `better` (or worse) side; the chart's first period when the latest is not.
    func runStart(better: Bool) -> Period {
        let d = assessment.indicator.direction.sign
        var since = control.from
        for o in assessment.window.reversed() {
            guard (d * (o.value - target) > 0) == better else { break }
            since = o.period
        }
        return since
    }

    /// `the target (20,000 a year, 1,667 a month on the chart) lies below the lower process
    /// limit of 2,293 (centre 2,643, 2019-01–2025-06)`.
    func placement(_ l: Language) -> String {
        let below = target < control.chart.lower
        let limit = NumberText.grouped(below ? control.chart.lower : control.chart.upper)
        let centre = NumberText.grouped(control.chart.centre)
        let span = Wording.span(control.from, control.to)
        let t = targetText(l)
        switch l {
        case .en:
            return "the target (\(t)) lies \(below ? "below the lower" : "above the upper") process limit of \(limit) (centre \(centre), \(span))"
        case .es:
            return "la meta (\(t)) está \(below ? "por debajo del límite inferior" : "por encima del límite superior") del proceso, \(limit) (centro \(centre), \(span))"
        }
    }

    /// The target as agreed, and on the chart's scale when that differs (a yearly count on a monthly chart).
    func targetText(_ l: Language) -> String {
        let charted = NumberText.grouped(target)
        guard let agreed = assessment.progress.target, agreed.value != target else { return charted }
        let per = switch (assessment.indicator.frequency, l) {
        case (.monthly, .en): "a month"
        case (.monthly, .es): "al mes"
        case (.quarterly, .en): "a quarter"
        case (.quarterly, .es): "al trimestre"
        case (.annual, .en): "a year"
        case (.annual, .es): "al año"
        }
        let yearly = NumberText.grouped(agreed.value)
        switch l {
        case .en: return "\(yearly) a year, \(charted) \(per) on the chart"
        case .es: return "\(yearly) al año, \(charted) \(per) en el gráfico"
        }
    }
}
