import VigiaCore
import VigiaRender

/// What the generated file holds, for checking an importer against it: written as JSON beside the
/// file (`--expected`), read back by the tests and by `Benchmarks/report.py`.
///
/// Months are `YYYY-MM`; -1 cells and unpublished (empty) cells count as missing, exactly as
/// `vigia import` treats them: they add nothing, and a month with no kept cell at all has no key.
public struct GroundTruth: Sendable, Equatable, Decodable {
    /// One configured indicator's figures as the store should hold them after importing the file:
    /// national and per-state totals of the municipal observations.
    public struct Figures: Sendable, Equatable, Decodable {
        /// `{"2015-01": n, …}`.
        public var national: [String: Int] = [:]
        /// `{"MX-01": {"2015-01": n, …}, …}`.
        public var states: [String: [String: Int]] = [:]
    }

    /// The file's name (without folder).
    public var file: String
    /// Data rows (header excluded).
    public var rows = 0
    public var minusOneCells = 0
    /// Homicidio doloso (all modalidades) per month, every published month present: the figure
    /// the first consumers (`Benchmarks/report.py`) compare, whatever the configuration.
    public var homicidioDolosoNationalMonthly: [String: Int] = [:]
    /// Homicidio doloso over all years, by two-digit `Clave_Ent`.
    public var homicidioDolosoByState: [String: Int] = [:]
    /// For each indicator with a `sesnsp-municipal` import block, by indicator id.
    public var indicators: [String: Figures] = [:]

    init(file: String, spec: MunicipalFileSpec, indicators ids: [String]) {
        self.file = file
        for year in spec.years {
            for month in 1...spec.publishedMonths(year) { homicidioDolosoNationalMonthly[Self.month(year, month)] = 0 }
        }
        for id in ids { indicators[id] = Figures() }
    }

    /// Adds one block's tally; `rules` names the indicator of each rule of the tally.
    mutating func add(_ tally: BlockTally, rules: [String]) {
        rows += tally.rows
        minusOneCells += tally.minusOneCells
        let state = String(tally.state).leftPadded(to: 2)
        for month in 0..<12 {
            let key = Self.month(tally.year, month + 1)
            if homicidioDolosoNationalMonthly[key] != nil { homicidioDolosoNationalMonthly[key]! += tally.homicide[month] }
        }
        homicidioDolosoByState[state, default: 0] += tally.homicide.reduce(0, +)
        for (rule, indicator) in rules.enumerated() {
            for month in 0..<12 where tally.rulePresent[rule] & (1 << month) != 0 {
                let key = Self.month(tally.year, month + 1), value = tally.ruleSums[rule * 12 + month]
                indicators[indicator]!.national[key, default: 0] += value
                indicators[indicator]!.states[GeoCode.place(state, in: .MX).text, default: [:]][key, default: 0] += value
            }
        }
    }

    static func month(_ year: Int, _ month: Int) -> String {
        String(year) + "-" + String(month).leftPadded(to: 2)
    }

    /// The JSON text (the reports' writer): keys sorted at every level, one member per line, so
    /// the same file gives the same bytes and a diff of two truths reads well.
    public var json: String {
        func sorted(_ members: [String: JSONValue]) -> JSONValue { .object(members.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }) }
        func counts(_ map: [String: Int]) -> JSONValue { sorted(map.mapValues { .int($0) }) }
        let document = sorted([
            "file": .string(file),
            "rows": .int(rows),
            "minusOneCells": .int(minusOneCells),
            "homicidioDolosoNationalMonthly": counts(homicidioDolosoNationalMonthly),
            "homicidioDolosoByState": counts(homicidioDolosoByState),
            "indicators": sorted(indicators.mapValues {
                sorted(["national": counts($0.national), "states": sorted($0.states.mapValues(counts))])
            }),
        ])
        return document.serialized()
    }
}
