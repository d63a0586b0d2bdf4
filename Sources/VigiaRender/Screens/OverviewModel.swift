import VigiaCore

/// The Overview's rows for a dashboard, a sort and a filter.
public struct OverviewModel {
    public enum Row {
        case goal(Goal)
        case indicator(Assessment)

        public var assessment: Assessment? {
            if case .indicator(let a) = self { return a }
            return nil
        }
    }

    public let rows: [Row]

    public init(_ dashboard: Dashboard, sort: SortOrder, filter: String, language: Language) {
        let shown = dashboard.assessments.filter { Self.matches($0, filter, language) }
        switch sort {
        case .goal:
            rows = dashboard.goals.flatMap { goal -> [Row] in
                let members = shown.filter { $0.indicator.goal == goal.id }
                return members.isEmpty ? [] : [.goal(goal)] + members.map(Row.indicator)
            }
        case .status:
            rows = Self.stable(shown) { Self.severity($0.status) < Self.severity($1.status) }.map(Row.indicator)
        case .name:
            rows = Self.stable(shown) { $0.indicator.name[language] < $1.indicator.name[language] }.map(Row.indicator)
        case .change:
            rows = Self.stable(shown) { ($0.yearOnYearChange ?? .infinity) < ($1.yearOnYearChange ?? .infinity) }
                .map(Row.indicator)
        }
    }

    /// Row index of an indicator, if shown.
    public func index(of id: String?) -> Int? {
        guard let id else { return nil }
        return rows.firstIndex { $0.assessment?.indicator.id == id }
    }

    /// The indicator rows in order, for moving the selection.
    public var indicatorRows: [Int] { rows.indices.filter { rows[$0].assessment != nil } }

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
        let needle = filter.lowercased()
        return [a.indicator.id, a.indicator.name.en, a.indicator.name.es, a.indicator.name[language]]
            .contains { $0.lowercased().contains(needle) }
    }

    /// Sorting that keeps configuration order among equals, so the order never flickers.
    static func stable(_ items: [Assessment], by less: (Assessment, Assessment) -> Bool) -> [Assessment] {
        items.enumerated().sorted { a, b in
            less(a.element, b.element) || (!less(b.element, a.element) && a.offset < b.offset)
        }.map(\.element)
    }
}
