/// What the configuration declares: the goals, the indicators, and their targets.
public struct Catalog: Sendable {
    public let goals: [Goal]
    public let indicators: [Indicator]
    public let targets: [String: Target]

    public init(goals: [Goal], indicators: [Indicator], targets: [Target]) {
        self.goals = goals
        self.indicators = indicators
        self.targets = Dictionary(targets.map { ($0.indicator, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// Everything evaluated at one as-of date: the model every screen and report draws from.
public struct Dashboard: Sendable {
    public let asOf: CalendarDate
    public let goals: [Goal]
    /// In configuration order.
    public let assessments: [Assessment]

    public init(asOf: CalendarDate, goals: [Goal], assessments: [Assessment]) {
        self.asOf = asOf
        self.goals = goals
        self.assessments = assessments
    }

    /// Evaluates every indicator on its national series, using only periods complete by `asOf`.
    public static func evaluate(_ catalog: Catalog, observations: [Observation], asOf: CalendarDate) -> Dashboard {
        var national: [String: [Observation]] = [:]
        for o in observations where Geography.isNational(o.geo) && o.period.endDate <= asOf {
            national[o.indicator, default: []].append(o)
        }
        let assessments = catalog.indicators.map { indicator in
            Assessor(indicator: indicator, target: catalog.targets[indicator.id], asOf: asOf)
                .assess(national[indicator.id] ?? [])
        }
        return Dashboard(asOf: asOf, goals: catalog.goals, assessments: assessments)
    }

    public func count(of status: ProgressStatus) -> Int {
        assessments.count { $0.status == status }
    }
}

/// Geography codes: `MX` and `US` are national; `MX-09` a state; `MX-09015` a municipality.
public enum Geography {
    public static func isNational(_ geo: String) -> Bool { !geo.contains("-") }
}
