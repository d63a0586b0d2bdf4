import VigiaCore

/// The machine-readable snapshot, exactly the `vigia.snapshot/1` contract of design.md.
public enum JSONReport {
    public static let schema = "vigia.snapshot/1"

    public static func render(_ dashboard: Dashboard, language: Language, geography: GeographySection = .empty) -> String {
        JSONValue.object([
            ("schema", .string(schema)),
            ("asOf", .string(dashboard.asOf.description)),
            ("indicators", .array(dashboard.assessments.map {
                geography.adding(to: indicator($0, language), id: $0.indicator.id)
            })),
        ]).serialized()
    }

    static func indicator(_ a: Assessment, _ language: Language) -> JSONValue {
        let i = a.indicator
        return .object([
            ("id", .string(i.id)),
            ("name", .string(i.name[language])),
            ("unit", .string(i.unit[language])),
            ("country", .string(i.country.rawValue)),
            ("goal", .string(i.goal)),
            ("direction", .string(i.direction.rawValue)),
            ("frequency", .string(i.frequency.rawValue)),
            ("source", .string(i.source)),
            ("observations", .int(a.series.count)),
            ("latest", a.latest.map { point($0.period, $0.value) } ?? .null),
            ("baseline", a.target.map { point($0.baseline) } ?? .null),
            ("target", target(a)),
            ("trend", a.trend.map(trend) ?? .null),
            ("progress", progress(a.progress)),
            ("flags", .array([])),
        ])
    }

    static func point(_ p: PeriodValue) -> JSONValue { point(p.period, p.value) }

    static func point(_ period: Period, _ value: Double) -> JSONValue {
        .object([("period", .string(period.description)), ("value", .number(value))])
    }

    static func target(_ a: Assessment) -> JSONValue {
        guard let plan = a.target, let revision = a.effectiveTarget else { return .null }
        return .object([
            ("period", .string(revision.target.period.description)),
            ("value", .number(revision.target.value)),
            ("illustrative", .bool(plan.illustrative)),
            ("agreed", .string(revision.agreed.description)),
            ("forum", .string(revision.forum)),
        ])
    }

    static func trend(_ t: TrendResult) -> JSONValue {
        .object([
            ("test", .string(t.test.rawValue)),
            ("n", .int(t.n)),
            ("s", .int(t.s)),
            ("varS", .number(t.varS)),
            ("z", .number(t.z)),
            ("p", .number(t.p)),
            ("tau", .number(t.tau)),
            ("slopePerYear", .number(t.slopePerYear)),
            ("direction", .string(t.direction.rawValue)),
            ("significant", .bool(t.significant)),
            ("assessable", .bool(t.assessable)),
        ])
    }

    static func progress(_ p: Progress) -> JSONValue {
        let m = p.measure
        var members: [(String, JSONValue)] = [
            ("method", JSONValue.string(m?.method.rawValue)),
            ("from", p.from.map(point) ?? .null),
            ("current", p.current.map { c in
                .object([("period", .string(c.period.description)), ("value", .number(c.value)),
                         ("basis", .string(p.basis.rawValue))])
            } ?? .null),
            ("actualRate", .number(m?.actualRate)),
            ("requiredRate", .number(m?.requiredRate)),
            ("ratio", .number(m?.ratio)),
            ("fractionOfGap", .number(m?.fractionOfGap)),
            ("projected", p.projected.map(point) ?? .null),
            ("status", .string(p.status.rawValue)),
        ]
        if p.status == .noTarget {
            members.append(("class", JSONValue.string(m?.noTargetClass?.rawValue)))
        }
        return .object(members)
    }
}
