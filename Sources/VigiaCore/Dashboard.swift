/// What the configuration declares: the goals, the indicators, their targets, the flag
/// thresholds and the decisions taken on flags.
public struct Catalog: Sendable {
    public let goals: [Goal]
    public let indicators: [Indicator]
    public let targets: [String: Target]
    public let rules: RuleSettings
    public let decisions: [Decision]
    /// The committee's review meetings, in date order.
    public let reviews: [Review]
    /// What happened, in date order (`Config/events.yaml`).
    public let events: [PolicyEvent]
    /// The denominators of rates (indicators.yaml `populations`).
    public let populations: [PopulationSeries]
    /// Targets for places below the nation: indicator → place code → target (targets.yaml `geo`).
    public let placeTargets: [String: [String: Target]]

    public init(goals: [Goal], indicators: [Indicator], targets: [Target], rules: RuleSettings = .defaults,
                decisions: [Decision] = [], reviews: [Review] = [], events: [PolicyEvent] = [],
                populations: [PopulationSeries] = []) {
        self.goals = goals
        self.indicators = indicators
        self.populations = populations
        self.targets = Dictionary(targets.filter { $0.geo == nil }.map { ($0.indicator, $0) }, uniquingKeysWith: { first, _ in first })
        var placeTargets: [String: [String: Target]] = [:]
        for t in targets { if let geo = t.geo { placeTargets[t.indicator, default: [:]][geo] = t } }
        self.placeTargets = placeTargets
        self.rules = rules
        self.decisions = decisions
        self.reviews = reviews.sorted { $0.date < $1.date }
        self.events = events.sorted { $0.date < $1.date }
    }

    /// The indicators' declared sources, looked up by format: what `vigia import` maps raw categories with.
    public var importRules: ImportRules { ImportRules(indicators) }
}

/// Everything evaluated at one as-of date: the model every screen and report draws from.
public struct Dashboard: Sendable {
    public let asOf: CalendarDate
    public let goals: [Goal]
    /// In configuration order.
    public let assessments: [Assessment]
    /// What changed since the latest review before the as-of date, when one is recorded.
    public let sinceReview: ReviewComparison?
    /// Place names by geography code (`MX-11` → Guanajuato), as the sources gave them.
    public let places: [String: String]
    /// The margin within which a status is borderline (rules.yaml `borderline`).
    public let borderline: Double
    /// What the Places screen and a state's Detail draw from; empty without sub-national data.
    public let geography: DashboardGeography

    public init(asOf: CalendarDate, goals: [Goal], assessments: [Assessment], sinceReview: ReviewComparison? = nil,
                places: [String: String] = [:], borderline: Double = RuleSettings.defaultBorderline,
                geography: DashboardGeography = DashboardGeography()) {
        self.asOf = asOf
        self.goals = goals
        self.assessments = assessments
        self.sinceReview = sinceReview
        self.places = places
        self.borderline = borderline
        self.geography = geography
    }

    /// Evaluates every indicator on its national series, using only periods complete by `asOf`,
    /// then its flags and its ranking by state. `observations` may hold every level: a national
    /// figure the source gave is used as such, otherwise the sum over states (or municipalities).
    /// `municipal` is the municipal side when the store has summed it already (then `observations`
    /// hold the other levels only); without it the municipal figures among `observations` are summed here.
    /// `revisions` are the value changes the store recorded (none without a store).
    public static func evaluate(_ catalog: Catalog, observations: [Observation], asOf: CalendarDate,
                                revisions: [Revision] = [], places: [String: String] = [:],
                                municipal: MunicipalData? = nil) -> Dashboard {
        let byID = Dictionary(catalog.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let include: @Sendable (String, Period) -> Bool = { indicator, period in
            byID[indicator].map { $0.endDate(of: period) <= asOf } ?? false
        }
        let (observations, municipal) = municipal.map { (observations, $0) } ?? MunicipalData.split(observations)
        var national: [String: [Observation]] = [:]
        let hasSubnational = !municipal.totals.isEmpty || observations.contains { !GeoCode($0.geo).isNational }
        let derived = hasSubnational ? NationalFigures.derived(observations, municipal: municipal.totals) : []
        for o in [observations, derived].joined() where GeoCode(o.geo).isNational
            && (byID[o.indicator]?.endDate(of: o.period) ?? o.period.endDate) <= asOf {
            national[o.indicator, default: []].append(o)
        }
        let populations = PopulationTable(observations, ids: Set(catalog.populations.map(\.id)))
        var assessments = catalog.indicators.map { indicator in
            Assessor(indicator: indicator, target: catalog.targets[indicator.id], asOf: asOf,
                     control: catalog.rules.control, borderline: catalog.rules.borderline,
                     rates: RateScale(indicator: indicator, geo: GeoCode.national(indicator.country).text, table: populations))
                .assess(national[indicator.id] ?? [])
        }
        // Flags come second: divergence compares an indicator with its already-assessed partner.
        let peers = Dictionary(assessments.map { ($0.indicator.id, $0) }, uniquingKeysWith: { first, _ in first })
        let revisionsByIndicator = Dictionary(grouping: revisions.filter { GeoCode($0.geo).isNational },
                                              by: \.indicator)
        let placeSeries = hasSubnational
            ? PlaceSeries(observations, municipal: MunicipalFigures(totals: municipal.totals, source: municipal.source,
                                                                    include: include), include: include)
            : PlaceSeries()
        let geography = DashboardGeography(catalog: catalog, asOf: asOf, places: placeSeries, populations: populations,
                                           national: national, names: places)
        let known = catalog.events.filter { $0.date <= asOf }
        for i in assessments.indices {
            assessments[i].events = known.filter { $0.concerns(assessments[i].indicator.id) }
            let context = FlagContext(assessment: assessments[i], asOf: asOf,
                                      revisions: revisionsByIndicator[assessments[i].indicator.id] ?? [], peers: peers)
            assessments[i].flags = FlagEvaluator.flags(context, settings: catalog.rules, decisions: catalog.decisions)
            let indicator = assessments[i].indicator
            assessments[i].places = geography.table(indicator.id, under: GeoCode.national(indicator.country).text)
        }
        let review = catalog.reviews.last { $0.date < asOf }.map { review in
            ReviewComparison(review: review, previousStatus: statusChanges(catalog, national, from: review.date, to: assessments))
        }
        return Dashboard(asOf: asOf, goals: catalog.goals, assessments: assessments, sinceReview: review, places: places,
                         borderline: catalog.rules.borderline, geography: geography)
    }

    /// Statuses at an earlier date that differ from the current ones (no flags needed for that).
    static func statusChanges(_ catalog: Catalog, _ national: [String: [Observation]], from date: CalendarDate,
                              to current: [Assessment]) -> [String: ProgressStatus] {
        var changed: [String: ProgressStatus] = [:]
        for a in current {
            // What was known then: complete by the review date, and public by it.
            let known = (national[a.indicator.id] ?? []).filter {
                a.indicator.endDate(of: $0.period) <= date && ($0.published.map { $0 <= date } ?? true)
            }
            let then = Assessor(indicator: a.indicator, target: catalog.targets[a.indicator.id], asOf: date,
                                control: catalog.rules.control, borderline: catalog.rules.borderline,
                                rates: a.rates).assess(known).status
            if then != a.status { changed[a.indicator.id] = then }
        }
        return changed
    }

    /// The same dashboard limited to `ids`, in the same order. Evaluating everything first and
    /// selecting after keeps flags that compare pairs (divergence) independent of the selection.
    public func selecting(_ ids: Set<String>) -> Dashboard {
        Dashboard(asOf: asOf, goals: goals, assessments: assessments.filter { ids.contains($0.indicator.id) },
                  sinceReview: sinceReview, places: places, borderline: borderline, geography: geography)
    }

    /// Every flag with its indicator, most severe first, then in configuration order.
    public var flags: [(indicator: Indicator, flag: Flag)] {
        assessments.flatMap { a in a.flags.map { (a.indicator, $0) } }
            .enumerated()
            .sorted { ($0.element.flag.severity, $0.offset) < ($1.element.flag.severity, $1.offset) }
            .map(\.element)
    }

    public func count(of status: ProgressStatus) -> Int {
        assessments.count { $0.status == status }
    }
}
