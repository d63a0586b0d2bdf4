import Foundation
import VigiaCore

/// The Flags screen's rows: every flag (or one indicator's), most severe first, filtered, with the
/// stale-data flags gathered into one "data to chase" row unless it is opened.
public struct FlagsInbox {
    /// Which flags are shown by their decision.
    public enum Decided: String, Sendable, CaseIterable {
        case all, open, decided
    }

    /// What the screen's keys have chosen: severity (`v`), open or decided (`o`), new since the
    /// last review (`n`), a text filter (`/`), and one indicator (from its Detail).
    public struct Filter: Hashable, Sendable {
        public var severity: Severity?
        public var decided: Decided = .all
        public var newSinceReview = false
        public var text = ""
        public var indicator: String?
        /// Whether the "data to chase" row is opened into its flags.
        public var staleExpanded = false

        public init() {}
    }

    public enum Row {
        case flag(Indicator, Flag)
        /// Stale-data flags of these indicators, as one row.
        case dataToChase([(Indicator, Flag)])

        /// A stable identity for the selection: indicator and rule, or the group.
        public var id: String {
            switch self {
            case .flag(let i, let f): "\(i.id) \(f.rule.rawValue)"
            case .dataToChase: "data-to-chase"
            }
        }

        var severity: Severity {
            switch self {
            case .flag(_, let f): f.severity
            case .dataToChase(let flags): flags.map(\.1.severity).min() ?? .info
            }
        }
    }

    public let rows: [Row]
    /// The latest review before the as-of date, when "new since the last review" can be asked.
    public let review: CalendarDate?

    public init(_ dashboard: Dashboard, filter: Filter, language: Language) {
        review = dashboard.sinceReview?.review.date
        let needle = filter.text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let shown = dashboard.flags.filter { indicator, flag in
            (filter.indicator == nil || indicator.id == filter.indicator)
                && (filter.severity == nil || flag.severity == filter.severity)
                && (filter.decided == .all || flag.isAddressed == (filter.decided == .decided))
                && (!filter.newSinceReview || Self.isNew(flag, since: dashboard.sinceReview?.review.date))
                && (needle.isEmpty || Self.words(indicator, flag, language).contains(needle))
        }
        let stale = shown.filter { $0.flag.rule == .staleData }
        var rows: [Row] = []
        var grouped = false
        for (indicator, flag) in shown {
            if flag.rule == .staleData, stale.count > 1, !filter.staleExpanded {
                if !grouped { rows.append(.dataToChase(stale)); grouped = true }
                continue
            }
            rows.append(.flag(indicator, flag))
        }
        self.rows = rows
    }

    public func position(of id: String?) -> Int? { id.flatMap { id in rows.firstIndex { $0.id == id } } }

    /// A flag is new since the review when the period it holds since ends after the review.
    static func isNew(_ flag: Flag, since review: CalendarDate?) -> Bool {
        guard let review else { return false }
        return flag.since.endDate > review
    }

    /// What `/` searches: the indicator, the rule and the severity in both languages, the message.
    static func words(_ indicator: Indicator, _ flag: Flag, _ language: Language) -> String {
        let parts = [indicator.id, indicator.name.en, indicator.name.es, flag.rule.rawValue, flag.severity.rawValue,
                     Phrase.rule(flag.rule).text(.en), Phrase.rule(flag.rule).text(.es),
                     Phrase.severity(flag.severity).text(.en), Phrase.severity(flag.severity).text(.es),
                     indicator.country.rawValue, flag.message[language]]
        return parts.joined(separator: " ").folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
