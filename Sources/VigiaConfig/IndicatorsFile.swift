import VigiaCore
import Yams

/// `indicators.yaml`: the goals (strategy lines) and the indicators under them.
struct IndicatorsFile {
    static let name = "indicators.yaml"
    static let rootKeys = ["goals", "indicators", "populations"]
    static let goalKeys = ["id", "name", "description"]
    static let indicatorKeys = ["id", "goal", "name", "unit", "country", "direction", "frequency", "source",
                                "aggregate", "values", "progress", "trend", "breaks", "fiscal_year_start", "description",
                                "import", "rate", "short_name"]
    static let rateKeys = ["per", "population"]
    static let populationKeys = ["id", "name", "country", "source"]
    static let breakKeys = ["period", "kind", "note"]
    static let trendKeys = ["window_years", "test"]
    static let cumulativeKeys = ["cumulative-since"]
    static let progressKeys = ["method", "short_term_years"]

    var goals: [Goal] = []
    var indicators: [Indicator] = []
    /// The denominators of rates.
    var populations: [PopulationSeries] = []
    /// Line of each indicator's definition, for "first defined on line N".
    var indicatorLines: [String: Int] = [:]
    /// Every id declared, valid or not: rows naming a declared but broken indicator are not
    /// reported again as "unknown indicator" (one mistake, one message).
    var declaredIDs: Set<String> = []
    /// False when the file gave no list of indicators (missing, unparsable, wrong shape):
    /// other files' references to indicators cannot be checked, so they are not reported.
    var hasIndicatorList = false

    init(_ document: YAMLDocument, log: DiagnosticLog) {
        guard let rootNode = document.root else { return }
        guard let root = MappingReader(rootNode, allowed: Self.rootKeys, in: document, log: log) else { return }
        var goalLines: [String: Int] = [:]
        var declaredGoals: Set<String> = []
        for node in root.list("goals") {
            if let id = node.mapping?["id"]?.string { declaredGoals.insert(id) }
            guard let goal = Self.goal(node, document: document, log: log) else { continue }
            if let first = goalLines[goal.id] {
                log.report(.duplicateID(kind: "goal", id: goal.id, firstLine: first), at: document.location(node))
            } else {
                goalLines[goal.id] = node.mark?.line ?? 0
                goals.append(goal)
            }
        }
        populations = Self.populations(root.list("populations", required: false), document: document, log: log)
        let populationIDs = Set(populations.map(\.id))
        hasIndicatorList = root.node("indicators", required: false)?.sequence != nil
        for node in root.list("indicators") {
            if let id = node.mapping?["id"]?.string { declaredIDs.insert(id) }
            guard let indicator = Self.indicator(node, goals: declaredGoals, populations: populationIDs,
                                                 document: document, log: log)
            else { continue }
            if let first = indicatorLines[indicator.id] {
                log.report(.duplicateID(kind: "indicator", id: indicator.id, firstLine: first), at: document.location(node))
            } else {
                indicatorLines[indicator.id] = node.mark?.line ?? 0
                indicators.append(indicator)
            }
        }
    }

    private static func goal(_ node: Node, document: YAMLDocument, log: DiagnosticLog) -> Goal? {
        guard let m = MappingReader(node, allowed: goalKeys, in: document, log: log) else { return nil }
        let id = m.string("id"), name = m.localized("name")
        let description = m.has("description") ? m.localized("description") : nil
        guard let id, let name else { return nil }
        return Goal(id: id, name: name, description: description)
    }

    /// `goals`: every goal id declared, valid or not (a broken goal is reported once, in its own entry).
    private static func indicator(_ node: Node, goals: Set<String>, populations: Set<String>, document: YAMLDocument,
                                  log: DiagnosticLog) -> Indicator? {
        guard let m = MappingReader(node, allowed: indicatorKeys, in: document, log: log) else { return nil }
        let id = m.string("id")
        let goal = m.string("goal")
        if let goal, !goals.contains(goal) { log.report(.unknownGoal(goal), at: m.location(of: "goal")) }
        let name = m.localized("name"), unit = m.localized("unit")
        let country = m.choice("country", as: Country.self)
        let direction = m.choice("direction", as: Direction.self)
        let frequency = m.choice("frequency", as: Frequency.self)
        let source = m.string("source")
        let cumulative = Self.cumulativeSince(m)
        let values = cumulative != nil ? SeriesValues.perPeriod : m.choice("values", as: SeriesValues.self, default: .perPeriod)
        let aggregate = m.choice("aggregate", as: Aggregate.self, default: values == .rolling12Months ? .last : .sum)
        if values == .rolling12Months {
            if frequency == .annual { log.report(.rollingNeedsSubAnnual, at: m.location(of: "values")) }
            if let aggregate, aggregate != .last { log.report(.rollingAggregate(aggregate.rawValue), at: m.location(of: "aggregate")) }
        }
        let progress = ProgressSettings(m, log: log)
        let trend = m.mapping("trend", allowed: trendKeys, required: false)
        let window = trend?.positiveInteger("window_years")
        let test = trend.flatMap { Self.trendTest($0, frequency: frequency, values: values, log: log) } ?? .auto
        let description = m.has("description") ? m.localized("description") : nil
        let shortName = m.has("short_name") ? m.localized("short_name") : nil
        let rules = ImportBlock.rules(m, indicator: id, frequency: frequency)
        let breaks = m.list("breaks", required: false).map { Self.seriesBreak($0, frequency: frequency, document: document, log: log) }
        let yearStart = Self.yearStart(m, frequency: frequency)
        let rate = Self.rate(m, populations: populations)
        guard rate != nil || !m.has("rate") else { return nil }
        guard cumulative.map({ $0 != nil }) ?? true else { return nil }
        guard let id, let goal, let name, let unit, let country, let direction, let frequency, let source,
              let aggregate, let values, let method = progress.method, let yearStart,
              !breaks.contains(where: { $0 == nil }) else { return nil }
        return Indicator(id: id, goal: goal, name: name, unit: unit, country: country, direction: direction,
                         frequency: frequency, source: source, aggregate: aggregate, progress: method,
                         values: values, trendWindowYears: window, trendTest: test,
                         shortTermYears: progress.shortTermYears, breaks: breaks.compactMap { $0 },
                         yearStartMonth: yearStart, description: description, rate: rate ?? nil,
                         shortName: shortName, imports: rules, cumulativeSince: cumulative ?? nil)
    }

    /// `values: {cumulative-since: DATE}`: nil when `values` is a word (or absent); `.some(nil)`
    /// when the mapping is there but wrong (reported).
    private static func cumulativeSince(_ m: MappingReader) -> CalendarDate?? {
        guard let node = m.node("values", required: false), node.mapping != nil else { return nil }
        guard let reader = m.mapping("values", allowed: cumulativeKeys) else { return .some(nil) }
        return .some(reader.date("cumulative-since"))
    }

    /// `rate: {per: 100000, population: ID}`: nil when absent, `.some(nil)` when present but wrong.
    private static func rate(_ m: MappingReader, populations: Set<String>) -> RateDefinition?? {
        guard let r = m.mapping("rate", allowed: rateKeys, required: false) else { return m.has("rate") ? .some(nil) : nil }
        if !r.has("per") { r.log.report(.missingField("per"), at: r.location) }
        let per = r.number("per", within: .aboveUpTo(0, 1e12))
        let population = r.string("population")
        if let population, !populations.contains(population) {
            r.log.report(.unknownPopulation(population, suggestion: Suggestion.closest(to: population, in: Array(populations))),
                         at: r.location(of: "population"))
            return .some(nil)
        }
        guard let per, let population else { return .some(nil) }
        return .some(RateDefinition(per: per, population: population))
    }

    /// `populations: [{id, name {en, es}, country, source}]`.
    private static func populations(_ nodes: [Node], document: YAMLDocument, log: DiagnosticLog) -> [PopulationSeries] {
        var result: [PopulationSeries] = [], lines: [String: Int] = [:]
        for node in nodes {
            guard let m = MappingReader(node, allowed: populationKeys, in: document, log: log) else { continue }
            let id = m.string("id"), name = m.localized("name"), country = m.choice("country", as: Country.self)
            let source = m.string("source")
            guard let id, let name, let country, let source else { continue }
            if let first = lines[id] {
                log.report(.duplicateID(kind: "population", id: id, firstLine: first), at: document.location(node))
            } else {
                lines[id] = node.mark?.line ?? 0
                result.append(PopulationSeries(id: id, name: name, country: country, source: source))
            }
        }
        return result
    }

    /// `breaks: [{period, kind: scope|method|classification, note {en, es}}]`, each period in the
    /// indicator's own frequency.
    private static func seriesBreak(_ node: Node, frequency: Frequency?, document: YAMLDocument,
                                    log: DiagnosticLog) -> SeriesBreak? {
        guard let m = MappingReader(node, allowed: breakKeys, in: document, log: log) else { return nil }
        let period = m.period("period"), kind = m.choice("kind", as: BreakKind.self), note = m.localized("note")
        if let period, let frequency, period.frequency != frequency {
            log.report(.breakFrequency(period: period.description, expected: frequency), at: m.location(of: "period"))
            return nil
        }
        guard let period, let kind, let note else { return nil }
        return SeriesBreak(period: period, kind: kind, note: note)
    }

    /// `fiscal_year_start: 10` (the month a fiscal year starts in; 1, calendar years, by default).
    private static func yearStart(_ m: MappingReader, frequency: Frequency?) -> Int? {
        guard m.has("fiscal_year_start") else { return 1 }
        guard let month = m.integer("fiscal_year_start", within: .between(1, 12)) else { return nil }
        if let frequency, frequency != .annual, month != 1 {
            m.log.report(.fiscalYearNotAnnual, at: m.location(of: "fiscal_year_start"))
            return nil
        }
        return month
    }

    /// `trend.test`: `auto` or a test's name; a seasonal test needs values within the year.
    private static func trendTest(_ m: MappingReader, frequency: Frequency?, values: SeriesValues?,
                                  log: DiagnosticLog) -> TrendTestChoice? {
        guard let text = m.string("test", required: false) else { return nil }
        guard let choice = TrendTestChoice(rawValue: text) else {
            log.report(.badEnum(field: "test", value: text, allowed: TrendTestChoice.names), at: m.location(of: "test"))
            return nil
        }
        if case .fixed(let kind) = choice, kind.isSeasonal, frequency == .annual || values == .rolling12Months {
            log.report(.seasonalTestOnYearlyValues(kind.rawValue, rolling: values == .rolling12Months),
                       at: m.location(of: "test"))
            return nil
        }
        return choice
    }
}

/// `progress: auto` (the method alone), or `progress: {method: auto, short_term_years: 5}`.
struct ProgressSettings {
    var method: ProgressChoice? = .auto
    var shortTermYears = Indicator.defaultShortTermYears

    init(_ m: MappingReader, log: DiagnosticLog) {
        guard let node = m.node("progress", required: false) else { return }
        if node.scalar != nil {
            method = m.choice("progress", as: ProgressChoice.self)
            return
        }
        guard let settings = m.mapping("progress", allowed: IndicatorsFile.progressKeys) else {
            method = nil
            return
        }
        method = settings.choice("method", as: ProgressChoice.self, default: .auto)
        shortTermYears = settings.positiveInteger("short_term_years") ?? shortTermYears
    }
}
