import VigiaCore

/// One dashboard with what every frame of it needs, worked out once: the Overview's rows per
/// sort, filter and language, and the header's counts.
///
/// The TUI draws a frame per key. With ten thousand municipal rows, filtering, sorting and
/// grouping them again for each frame (and again in the key handler) would cost more than
/// drawing; the dashboard does not change between reloads, so neither do they. Keep one per
/// loaded dashboard and make a new one when it is reloaded.
public final class OverviewModels {
    public let dashboard: Dashboard
    /// The header's facts, counted once.
    let summary: DashboardSummary
    private var models: [Key: OverviewModel] = [:]
    /// Places tables and place assessments opened so far: a municipal table is built once, not per frame.
    private var tables: [String: PlaceTable?] = [:]
    private var placeAssessments: [String: Assessment?] = [:]
    /// The Places rows as last sorted and filtered: keys that only move the selection reuse them.
    private var placesModel: (key: String, model: PlacesModel)?
    /// Position in `dashboard.assessments` of each indicator id (the first, should one repeat):
    /// every frame finds the selected assessment, and scanning ten thousand for it cost more than
    /// drawing the Detail page. Made at the first frame.
    private lazy var positions: [String: Int] = {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(dashboard.assessments.count)
        for (i, a) in dashboard.assessments.enumerated() where positions[a.indicator.id] == nil {
            positions[a.indicator.id] = i
        }
        return positions
    }()
    /// The Detail page last drawn: frames that scroll it or redraw it copy its rows, not lay it out again.
    private var detailPage: DetailPage?

    private struct Key: Hashable {
        let sort: SortOrder
        let reversed: Bool
        let filter: String
        let language: Language
    }

    public init(_ dashboard: Dashboard) {
        self.dashboard = dashboard
        summary = DashboardSummary(dashboard)
    }

    public func model(sort: SortOrder, reversed: Bool = false, filter: String, language: Language) -> OverviewModel {
        let key = Key(sort: sort, reversed: reversed, filter: filter, language: language)
        if let model = models[key] { return model }
        // Filters are typed a letter at a time: keep the unfiltered models and the latest filtered one.
        if !filter.isEmpty { models = models.filter { $0.key.filter.isEmpty } }
        let model = OverviewModel(dashboard, sort: sort, reversed: reversed, filter: filter, language: language)
        models[key] = model
        return model
    }

    /// The places below `parent` for the indicator, built on first use.
    public func placeTable(_ indicator: String, under parent: String, level: GeoLevel? = nil) -> PlaceTable? {
        let key = indicator + " " + parent + " " + (level?.rawValue ?? "")
        if let table = tables[key] { return table }
        let table = dashboard.geography.table(indicator, under: parent, level: level)
        tables[key] = table
        return table
    }

    /// The Places rows for a table, a sort and a filter, kept while they stay the same.
    public func placesModel(_ indicator: String, under parent: String, level: GeoLevel?, sort: PlaceSort,
                            reversed: Bool, filter: String) -> PlacesModel? {
        let key = [indicator, parent, level?.rawValue ?? "", sort.rawValue, String(reversed), filter].joined(separator: "\u{1F}")
        if let cached = placesModel, cached.key == key { return cached.model }
        guard let table = placeTable(indicator, under: parent, level: level) else { return nil }
        let model = PlacesModel(table, sort: sort, reversed: reversed, filter: filter)
        placesModel = (key, model)
        return model
    }

    /// The Detail page of `a` (of this dashboard) at a width, chart height and context: the last
    /// one when it was drawn for the same, else laid out anew.
    func detailPage(_ a: Assessment, width: Int, chartHeight: Int, context: RenderContext) -> DetailPage {
        let key = DetailPage.Key(indicator: a.indicator.id, geo: a.geo, width: width, chartHeight: chartHeight, context: context)
        if let page = detailPage, page.key == key { return page }
        let page = DetailPage(a, width: width, chartHeight: chartHeight, context: context)
        detailPage = page
        return page
    }

    /// The (first) assessment of an indicator in the dashboard.
    public func assessment(_ indicator: String?) -> Assessment? {
        indicator.flatMap { positions[$0] }.map { dashboard.assessments[$0] }
    }

    /// The indicator assessed at `geo`: the national assessment for a national code.
    public func assessment(_ indicator: String, at geo: String?) -> Assessment? {
        let national = assessment(indicator)
        guard let geo, !GeoCode(geo).isNational else { return national }
        let key = indicator + " " + geo
        if let a = placeAssessments[key] { return a }
        let a = dashboard.geography.assessment(indicator, at: geo)
        placeAssessments[key] = a
        return a
    }
}

/// What the header says about a whole dashboard: the latest period with data, and how many
/// indicators are in each status.
struct DashboardSummary {
    /// The end of the newest latest figure, and of the oldest: how stale the stalest row is.
    let latest: CalendarDate?
    let oldest: CalendarDate?
    let counts: [ProgressStatus: Int]

    init(_ dashboard: Dashboard) {
        var latest: CalendarDate? = nil, oldest: CalendarDate? = nil, counts: [ProgressStatus: Int] = [:]
        for a in dashboard.assessments {
            counts[a.status, default: 0] += 1
            guard let end = a.series.last?.period.endDate else { continue }
            if latest.map({ end > $0 }) ?? true { latest = end }
            if oldest.map({ end < $0 }) ?? true { oldest = end }
        }
        self.latest = latest
        self.oldest = oldest
        self.counts = counts
    }
}
