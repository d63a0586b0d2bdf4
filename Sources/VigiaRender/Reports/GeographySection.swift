import VigiaCore

/// Rankings by state for the reports, with the place names the sources gave.
///
/// The hook for the Detail screen: it draws the same `StateRanking` values (see `rows`).
public struct GeographySection: Sendable {
    public let rankings: [String: StateRanking]
    /// Geography code → name (`MX-11` → Guanajuato); codes without a name print as codes.
    public let names: [String: String]
    /// How many states the text report lists per indicator.
    public static let textLimit = 10

    public init(rankings: [String: StateRanking], names: [String: String]) {
        self.rankings = rankings
        self.names = names
    }

    public static let empty = GeographySection(rankings: [:], names: [:])

    public func name(_ geo: String) -> String { names[geo] ?? geo }

    /// The `geography` member of an indicator in the JSON snapshot (null without sub-national data).
    func json(_ indicator: String) -> JSONValue {
        guard let r = rankings[indicator] else { return .null }
        return .object([
            ("level", .string("state")),
            ("period", .string(r.period.description)),
            ("statesFrom", .string(r.statesFrom.rawValue)),
            ("national", JSONValue.number(r.national)),
            ("sumOfStates", .number(r.sumOfStates)),
            ("difference", JSONValue.number(r.difference)),
            ("ranking", .array(r.entries.enumerated().map { i, e in
                .object([("rank", .int(i + 1)), ("geo", .string(e.geo)), ("name", .string(name(e.geo))),
                         ("value", .number(e.value)), ("share", .number(e.share))])
            })),
        ])
    }

    /// Adds `geography` to each indicator object of a snapshot.
    func adding(to indicator: JSONValue, id: String) -> JSONValue {
        guard case .object(let members) = indicator else { return indicator }
        return .object(members + [("geography", json(id))])
    }

    /// The text report's section: per indicator, the top states, then national against their sum.
    public func text(_ dashboard: Dashboard, language: Language) -> String {
        let es = language == .es
        var lines: [String] = []
        for a in dashboard.assessments {
            guard let r = rankings[a.indicator.id] else { continue }
            let basis = r.statesFrom == .state ? (es ? "cifras estatales de la fuente" : "state figures from the source")
                                               : (es ? "suma de sus municipios" : "sum of their municipalities")
            lines.append("")
            lines.append((es ? "Ranking por entidad — " : "Ranking by state — ") + "\(a.indicator.id), \(r.period) (\(basis))")
            for (i, e) in r.entries.prefix(Self.textLimit).enumerated() {
                let share = Format.number(e.share * 100, decimals: 1) + " %"
                lines.append("  \(i + 1). \(name(e.geo)) (\(e.geo))  \(Format.number(e.value))  \(share)")
            }
            if r.entries.count > Self.textLimit {
                lines.append(es ? "  … y \(r.entries.count - Self.textLimit) más" : "  … and \(r.entries.count - Self.textLimit) more")
            }
            lines.append(nationalLine(r, es))
        }
        return lines.isEmpty ? "" : Sanitizer.clean(lines.joined(separator: "\n")) + "\n"
    }

    private func nationalLine(_ r: StateRanking, _ es: Bool) -> String {
        let sum = Format.number(r.sumOfStates)
        guard let national = r.national, let difference = r.difference else {
            return es ? "  Suma de entidades \(sum); la fuente no da cifra nacional para este periodo (nacional = suma)"
                      : "  Sum of states \(sum); the source gives no national figure for this period (national = sum)"
        }
        let n = Format.number(national), d = Format.number(difference)
        return es ? "  Cifra nacional de la fuente \(n); suma de entidades \(sum); diferencia \(d)"
                  : "  National figure from the source \(n); sum of states \(sum); difference \(d)"
    }
}
