import VigiaCore
import Yams

/// `rules.yaml` (optional): thresholds of the flag rules and the process-control analysis.
///
/// Every key is optional and overrides one default of `RuleSettings`; unknown keys and
/// values out of range are errors, so a typo never silently leaves a default in force.
struct RulesFile {
    static let name = "rules.yaml"
    static let rootKeys = ["control_chart", "change_points", "borderline", "rules"]
    static let controlChartKeys = ["run_length", "trend_length"]
    static let changePointKeys = ["cusum_k", "cusum_h", "max_breaks"]

    /// The keys each rule accepts besides `enabled`.
    static func keys(_ rule: RuleID) -> [String] {
        switch rule {
        case .movingAway: ["wrong_way_trend"]
        case .offPace: ["ratio_below"]
        case .targetInfeasible: ["best_rate_years"]
        case .targetMetEarly, .regimeChange, .notComparable: []
        case .staleData: ["periods", "annual_months"]
        case .insufficientData: ["min_points"]
        case .dataRevised: ["threshold", "within_months"]
        case .divergence: ["window_years", "min_change", "pairs"]
        }
    }

    var settings = RuleSettings.defaults

    init(_ document: YAMLDocument, indicators: KnownIndicators, log: DiagnosticLog) {
        guard let rootNode = document.root else { return }
        guard let root = MappingReader(rootNode, allowed: Self.rootKeys, in: document, log: log) else { return }
        if let m = root.mapping("control_chart", allowed: Self.controlChartKeys, required: false) {
            readControlChart(m)
        }
        if let m = root.mapping("change_points", allowed: Self.changePointKeys, required: false) {
            readChangePoints(m)
        }
        if let b = root.number("borderline", within: .between(0, 0.5)) { settings.borderline = b }
        guard let rules = root.mapping("rules", allowed: RuleID.allCases.map(\.rawValue), required: false) else { return }
        for rule in RuleID.allCases {
            guard let m = rules.mapping(rule.rawValue, allowed: ["enabled"] + Self.keys(rule), required: false) else { continue }
            if m.bool("enabled") == false { settings.disabled.insert(rule) }
            read(rule, m, indicators: indicators)
        }
    }

    private mutating func readControlChart(_ m: MappingReader) {
        if let n = m.integer("run_length", within: .atLeast(2)) { settings.control.specialCauses.runLength = n }
        if let n = m.integer("trend_length", within: .atLeast(2)) { settings.control.specialCauses.trendLength = n }
    }

    private mutating func readChangePoints(_ m: MappingReader) {
        if let k = m.number("cusum_k", within: .atLeast(0)) { settings.control.cusum.k = k }
        if let h = m.number("cusum_h", within: .aboveUpTo(0, 100)) { settings.control.cusum.h = h }
        if let n = m.integer("max_breaks", within: .between(0, 2)) { settings.control.maxBreaks = n }
    }

    private mutating func read(_ rule: RuleID, _ m: MappingReader, indicators: KnownIndicators) {
        switch rule {
        case .movingAway:
            if let b = m.bool("wrong_way_trend") { settings.movingAway.wrongWayTrend = b }
        case .offPace:
            if let r = m.number("ratio_below", within: .aboveUpTo(0, 1)) { settings.offPace.ratioBelow = r }
        case .targetInfeasible:
            if let n = m.integer("best_rate_years", within: .atLeast(1)) { settings.targetInfeasible.bestRateYears = n }
        case .targetMetEarly, .regimeChange, .notComparable:
            break
        case .staleData:
            if let n = m.integer("periods", within: .atLeast(1)) { settings.staleData.periods = n }
            if let n = m.integer("annual_months", within: .atLeast(1)) { settings.staleData.annualMonths = n }
        case .insufficientData:
            if let n = m.integer("min_points", within: .atLeast(2)) { settings.insufficientData.minPoints = n }
        case .dataRevised:
            if let x = m.number("threshold", within: .aboveUpTo(0, 1)) { settings.dataRevised.threshold = x }
            if let n = m.integer("within_months", within: .atLeast(1)) { settings.dataRevised.withinMonths = n }
        case .divergence:
            if let n = m.integer("window_years", within: .atLeast(1)) { settings.divergence.windowYears = n }
            if let x = m.number("min_change", within: .between(0, 1)) { settings.divergence.minChange = x }
            if m.has("pairs") { settings.divergence.pairs = Self.pairs(m, indicators: indicators) }
        }
    }

    /// `pairs: [[a, b], …]` replaces the default pairs; `[]` compares none.
    private static func pairs(_ m: MappingReader, indicators: KnownIndicators) -> [IndicatorPair] {
        m.list("pairs").compactMap { node in
            guard let items = node.sequence, items.allSatisfy({ $0.scalar != nil }) else {
                m.log.report(.expected("a list of two indicator ids"), at: m.document.location(node))
                return nil
            }
            guard items.count == 2 else {
                m.log.report(.pairCount(items.count), at: m.document.location(node))
                return nil
            }
            let ids = items.map { $0.scalar!.string }
            var valid = true
            for (id, item) in zip(ids, items) {
                if let problem = indicators.problem(for: id) {
                    m.log.report(problem, at: m.document.location(item))
                    valid = false
                }
            }
            if ids[0] == ids[1] {
                m.log.report(.pairSameIndicator(ids[0]), at: m.document.location(items[1]))
                valid = false
            }
            return valid ? IndicatorPair(ids[0], ids[1]) : nil
        }
    }
}
