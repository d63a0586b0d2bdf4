import VigiaCore
import Yams

/// `targets.yaml`: baselines, agreed targets and their revisions.
struct TargetsFile {
    static let name = "targets.yaml"
    static let rootKeys = ["targets"]
    static let targetKeys = ["indicator", "baseline", "target", "agreed", "forum", "rationale", "illustrative", "revisions",
                             "measure", "geo"]
    static let revisionKeys = ["agreed", "target", "forum", "rationale"]
    static let pointKeys = ["period", "value"]

    var targets: [Target] = []

    init(_ document: YAMLDocument, indicators: KnownIndicators, log: DiagnosticLog) {
        guard let rootNode = document.root else { return }
        guard let root = MappingReader(rootNode, allowed: Self.rootKeys, in: document, log: log) else { return }
        var lines: [String: Int] = [:]
        for node in root.list("targets") {
            guard let target = Self.target(node, indicators: indicators, document: document, log: log) else { continue }
            let key = target.geo.map { "\(target.indicator) (\($0))" } ?? target.indicator
            if let first = lines[key] {
                log.report(.duplicateTarget(indicator: key, firstLine: first), at: document.location(node))
            } else {
                lines[key] = node.mark?.line ?? 0
                targets.append(target)
            }
        }
    }

    private static func target(_ node: Node, indicators: KnownIndicators, document: YAMLDocument,
                               log: DiagnosticLog) -> Target? {
        guard let m = MappingReader(node, allowed: targetKeys, in: document, log: log) else { return nil }
        let id = m.string("indicator")
        let indicator = id.flatMap { indicators[$0] }
        if let id, let problem = indicators.problem(for: id) {
            log.report(problem, at: m.location(of: "indicator"))
        }
        let baselineReader = m.mapping("baseline", allowed: pointKeys), targetReader = m.mapping("target", allowed: pointKeys)
        let baseline = baselineReader.flatMap { point($0, indicator) }
        let goal = targetReader.flatMap { point($0, indicator) }
        let agreed = m.date("agreed"), forum = m.string("forum")
        let rationale = m.string("rationale", required: false)
        let illustrative = m.bool("illustrative") ?? false
        let measure = m.choice("measure", as: Measure.self, default: .count)
        if measure == .rate, let indicator, indicator.rate == nil {
            log.report(.rateWithoutDefinition(indicator.id), at: m.location(of: "measure"))
        }
        let geo = m.string("geo", required: false)
        let geoIsState = geo.map { GeoCode($0) }.map { code in
            code.level == .state && code.country == (indicator?.country.rawValue ?? code.country)
        } ?? true
        if let geo, !geoIsState { log.report(.placeTargetGeo(geo), at: m.location(of: "geo")) }
        var history: [TargetRevision] = []
        var valueLocations: [SourceLocation] = []   // of each history entry's target value
        if let agreed, let goal, let forum, let targetReader {
            history.append(TargetRevision(agreed: agreed, target: goal, forum: forum, rationale: rationale))
            valueLocations.append(targetReader.location(of: "value"))
        }
        for revisionNode in m.list("revisions", required: false) {
            guard let r = MappingReader(revisionNode, allowed: revisionKeys, in: document, log: log) else { continue }
            let date = r.date("agreed")
            let revisedReader = r.mapping("target", allowed: pointKeys)
            let revised = revisedReader.flatMap { point($0, indicator) }
            let forum = r.string("forum"), why = r.string("rationale")
            guard let date, let revised, let revisedReader, let forum, let why else { continue }
            if let previous = history.last?.agreed, date <= previous {
                log.report(.revisionOutOfOrder(agreed: date.description, previous: previous.description),
                           at: r.location(of: "agreed"))
            }
            history.append(TargetRevision(agreed: date, target: revised, forum: forum, rationale: why))
            valueLocations.append(revisedReader.location(of: "value"))
        }
        guard let indicator, let baseline, let baselineReader, !history.isEmpty, let measure, geoIsState,
              measure == .count || indicator.rate != nil else { return nil }
        var reported: Set<Period> = []   // a revision that keeps the target period is not reported twice
        for revision in history where baseline.period.time >= revision.target.period.time
            && reported.insert(revision.target.period).inserted {
            log.report(.baselineNotBeforeTarget(baseline: baseline.period.description,
                                                target: revision.target.period.description),
                       at: m.location(of: "baseline"))
        }
        // A target on the wrong side of the baseline would read as "met" the day it is entered
        // (and one equal to it divides by zero): `revise` refuses it, and so does validation.
        for (revision, location) in zip(history, valueLocations) {
            let side = indicator.direction.sign * (revision.target.value - baseline.value)
            if side < 0 {
                log.report(.targetWrongSide(target: revision.target.value, baseline: baseline.value,
                                            direction: indicator.direction), at: location)
            } else if side == 0 {
                log.report(.targetEqualsBaseline(revision.target.value), at: location)
            }
        }
        if indicator.progress == .cagr {
            let values = [(baseline.value, baselineReader.location(of: "value"))]
                + zip(history.map(\.target.value), valueLocations)
            for (value, location) in values where value <= 0 {
                log.report(.nonPositiveForGrowth(value), at: location)
            }
        }
        return Target(indicator: indicator.id, baseline: baseline, history: history, illustrative: illustrative,
                      measure: measure, geo: geo)
    }

    /// A `{period, value}` pair; the period is a year or the indicator's own frequency.
    private static func point(_ m: MappingReader, _ indicator: Indicator?) -> PeriodValue? {
        let period = m.period("period"), value = m.number("value")
        guard let period, let value else { return nil }
        if let indicator, period.frequency != .annual, period.frequency != indicator.frequency {
            let expected: [Frequency] = indicator.frequency == .annual ? [.annual] : [.annual, indicator.frequency]
            log(m, .input(.periodFrequency(period: period.description, expected: expected)))
            return nil
        }
        return PeriodValue(period: period, value: value)
    }

    private static func log(_ m: MappingReader, _ problem: ConfigProblem) {
        m.log.report(problem, at: m.location(of: "period"))
    }
}
