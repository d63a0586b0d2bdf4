import VigiaCore

/// The Overview's rows for a dashboard, a sort and a filter.
public struct OverviewModel {
    /// An assessment is a large value: boxed (`indirect`), a row is copied for one retain.
    public enum Row {
        case goal(Goal)
        indirect case indicator(Assessment)

        public var assessment: Assessment? {
            if case .indicator(let a) = self { return a }
            return nil
        }
    }

    public let rows: [Row]
    /// The indicator rows (row indices) in order, for moving the selection.
    public let indicatorRows: [Int]
    /// The ids of the indicator rows, in the same order.
    public let indicatorIDs: [String]
    /// Row and position among `indicatorIDs` by id (the first, should an id repeat): with ten
    /// thousand rows, finding the selection by scanning would cost a frame's budget.
    private let places: [String: (row: Int, position: Int)]
    /// The marks the notes under the table explain (of the whole dashboard, not only the rows shown).
    let marks: OverviewScreen.Marks

    public init(_ dashboard: Dashboard, sort: SortOrder, reversed: Bool = false, filter: String, language: Language) {
        let sorted = Self.rows(dashboard, sort: sort, filter: filter, language: language)
        // Reversed, a sorted list runs the other way; the goal grouping keeps its order.
        rows = reversed && sort != .goal ? sorted.reversed() : sorted
        var indicatorRows: [Int] = [], ids: [String] = [], places: [String: (row: Int, position: Int)] = [:]
        indicatorRows.reserveCapacity(rows.count)
        ids.reserveCapacity(rows.count)
        places.reserveCapacity(rows.count)
        for (i, row) in rows.enumerated() {
            guard case .indicator(let a) = row else { continue }
            let id = a.indicator.id
            if places[id] == nil { places[id] = (i, ids.count) }
            indicatorRows.append(i)
            ids.append(id)
        }
        self.indicatorRows = indicatorRows
        indicatorIDs = ids
        self.places = places
        marks = OverviewScreen.Marks(dashboard)
    }

    /// Positions in `dashboard.assessments` are filtered and sorted, not the assessments: with
    /// ten thousand of them, copying each through every step cost more than the sorting.
    private static func rows(_ dashboard: Dashboard, sort: SortOrder, filter: String, language: Language) -> [Row] {
        let all = dashboard.assessments
        let shown = all.indices.filter { Self.matches(all[$0], filter, language) }
        func rows(_ positions: [Int]) -> [Row] { positions.map { .indicator(all[$0]) } }
        switch sort {
        case .goal:
            let byGoal = Dictionary(grouping: shown, by: { all[$0].indicator.goal })
            return dashboard.goals.flatMap { goal -> [Row] in
                let members = byGoal[goal.id] ?? []
                return members.isEmpty ? [] : [.goal(goal)] + rows(members)
            }
        case .status:
            return rows(Self.stable(shown) { Self.severity(all[$0].status) < Self.severity(all[$1].status) })
        case .name:
            return rows(Self.stable(shown) { all[$0].indicator.name[language] < all[$1].indicator.name[language] })
        case .change:
            return rows(Self.stable(shown) {
                (all[$0].progress.lastYear?.change ?? .infinity) < (all[$1].progress.lastYear?.change ?? .infinity)
            })
        }
    }

    /// Row index of an indicator, if shown.
    public func index(of id: String?) -> Int? {
        id.flatMap { places[$0]?.row }
    }

    /// Position of an indicator among `indicatorIDs`, if shown.
    public func position(of id: String?) -> Int? {
        id.flatMap { places[$0]?.position }
    }

    /// Worst first: what needs attention leads when sorted by status.
    static func severity(_ status: ProgressStatus) -> Int {
        switch status {
        case .movingAway: 0
        case .insufficient: 1
        case .moderate: 2
        case .notAssessable: 3
        case .onTrack: 4
        case .met: 5
        case .noTarget: 6
        }
    }

    static func matches(_ a: Assessment, _ filter: String, _ language: Language) -> Bool {
        guard !filter.isEmpty else { return true }
        // Ids, names, short names, the country ("/MX") and the status in either language ("/moving").
        let needle = filter.lowercased()
        let words = [a.indicator.id, a.indicator.name.en, a.indicator.name.es, a.indicator.shortName?.en ?? "",
                     a.indicator.shortName?.es ?? "", a.indicator.country.rawValue, a.placeName ?? "",
                     Phrase.status(a.status).text(.en), Phrase.status(a.status).text(.es)]
        return words.contains { $0.lowercased().contains(needle) }
    }

    /// Sorting that keeps configuration order among equals, so the order never flickers.
    static func stable(_ positions: [Int], by less: (Int, Int) -> Bool) -> [Int] {
        positions.sorted { a, b in less(a, b) || (!less(b, a) && a < b) }
    }
}
