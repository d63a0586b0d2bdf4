import Foundation
import Testing
import VigiaCore
@testable import VigiaConfig

/// `rules.yaml` and `lessons.yaml`: one fixture per kind of mistake, each reported exactly
/// as `file:line:col: error: message`, in English and Spanish.
struct RuleFilesTests {
    @Test func theBundledRulesSpellOutTheDefaults() throws {
        let loaded = try FlagConfigFixture(nil).load()
        #expect(loaded.catalog.rules == RuleSettings.defaults)
        #expect(loaded.files.contains("rules.yaml") && loaded.files.contains("lessons.yaml"))
        let decisions = loaded.catalog.decisions
        #expect(decisions.map(\.indicator) == ["cbp.seizures.fentanyl", "cbp.firearms.outbound"])
        #expect(decisions.map(\.rule) == [.divergence, .targetMetEarly])
        #expect(decisions.map(\.kind) == [.keepCourse, .reviseTarget])
        #expect(decisions.allSatisfy { $0.note.hasPrefix("Illustrative.") })
    }

    @Test func bothFilesAreOptional() throws {
        let loaded = try FlagConfigFixture(nil, removing: ["rules.yaml", "lessons.yaml"]).load()
        #expect(loaded.catalog.rules == RuleSettings.defaults)
        #expect(loaded.catalog.decisions.isEmpty)
        #expect(!loaded.files.contains("rules.yaml"))
    }

    @Test func valuesOverrideDefaults() throws {
        let fixture = try FlagConfigFixture(nil)
        try """
        control_chart: {run_length: 8, trend_length: 6}
        change_points: {cusum_k: 1, cusum_h: 4, max_breaks: 1}
        rules:
          moving-away: {wrong_way_trend: false}
          off-pace: {ratio_below: 0.5}
          stale-data: {enabled: false, periods: 3, annual_months: 24}
          divergence: {pairs: [[mx.homicides, mx.homicides.inegi]], window_years: 2, min_change: 0.1}
        """.write(to: fixture.directory.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
        let rules = try fixture.load().catalog.rules
        #expect(rules.control.specialCauses == SpecialCauseSettings(runLength: 8, trendLength: 6))
        #expect(rules.control.cusum == Cusum(k: 1, h: 4))
        #expect(rules.control.maxBreaks == 1)
        #expect(rules.movingAway.wrongWayTrend == false)
        #expect(rules.offPace.ratioBelow == 0.5)
        #expect(rules.staleData == StaleDataRule(periods: 3, annualMonths: 24))
        #expect(rules.disabled == [.staleData])
        #expect(rules.divergence == DivergenceRule(windowYears: 2, minChange: 0.1,
                                                   pairs: [IndicatorPair("mx.homicides", "mx.homicides.inegi")]))
        #expect(rules.targetInfeasible == TargetInfeasibleRule())
    }

    static let rulesCases: [(String, String, String)] = [
        ("rules-unknown-key", "rules.yaml:2:3: error: unknown key 'run_lenght' (did you mean 'run_length'?)",
         "rules.yaml:2:3: error: clave desconocida 'run_lenght' (¿quiso decir 'run_length'?)"),
        ("rules-unknown-rule", "rules.yaml:2:3: error: unknown key 'off-pase' (did you mean 'off-pace'?)",
         "rules.yaml:2:3: error: clave desconocida 'off-pase' (¿quiso decir 'off-pace'?)"),
        ("rules-not-a-number", "rules.yaml:3:18: error: 'lots' is not a number",
         "rules.yaml:3:18: error: 'lots' no es un número"),
        ("rules-out-of-range", "rules.yaml:3:18: error: 'ratio_below' must be greater than 0 and at most 1 (found 1.5)",
         "rules.yaml:3:18: error: 'ratio_below' debe ser mayor que 0 y como máximo 1 (se encontró 1.5)"),
        ("rules-borderline-out-of-range", "rules.yaml:1:13: error: 'borderline' must be between 0 and 0.5 (found 0.8)",
         "rules.yaml:1:13: error: 'borderline' debe ser entre 0 y 0.5 (se encontró 0.8)"),
        ("rules-not-a-whole-number", "rules.yaml:2:15: error: '6.5' is not a positive whole number",
         "rules.yaml:2:15: error: '6.5' no es un número entero positivo"),
        ("rules-not-a-boolean", "rules.yaml:3:14: error: 'sometimes' is not true or false",
         "rules.yaml:3:14: error: 'sometimes' no es true ni false"),
        ("rules-pair-unknown-indicator",
         "rules.yaml:4:10: error: unknown indicator 'cbp.seizures.fentanil' (did you mean 'cbp.seizures.fentanyl'?)",
         "rules.yaml:4:10: error: indicador desconocido 'cbp.seizures.fentanil' (¿quiso decir 'cbp.seizures.fentanyl'?)"),
        ("rules-pair-count", "rules.yaml:4:9: error: a divergence pair names exactly two indicators (found 3)",
         "rules.yaml:4:9: error: un par de divergencia nombra exactamente dos indicadores (hay 3)"),
        ("rules-pair-same-indicator",
         "rules.yaml:4:24: error: a divergence pair needs two different indicators ('mx.homicides' twice)",
         "rules.yaml:4:24: error: un par de divergencia necesita dos indicadores distintos ('mx.homicides' dos veces)"),
        ("rules-pair-not-a-list", "rules.yaml:4:9: error: expected a list of two indicator ids",
         "rules.yaml:4:9: error: se esperaba una lista de dos ids de indicador"),
    ]

    static let lessonsCases: [(String, String, String)] = [
        ("lessons-unknown-indicator",
         "lessons.yaml:2:16: error: unknown indicator 'mx.homicide' (did you mean 'mx.homicides'?)",
         "lessons.yaml:2:16: error: indicador desconocido 'mx.homicide' (¿quiso decir 'mx.homicides'?)"),
        ("lessons-unknown-rule", "lessons.yaml:3:11: error: unknown rule 'moving-awya' (did you mean 'moving-away'?)",
         "lessons.yaml:3:11: error: regla desconocida 'moving-awya' (¿quiso decir 'moving-away'?)"),
        ("lessons-bad-date", "lessons.yaml:4:11: error: invalid date '2025-02-30' (expected YYYY-MM-DD)",
         "lessons.yaml:4:11: error: fecha no válida '2025-02-30' (se espera AAAA-MM-DD)"),
        ("lessons-bad-decision",
         "lessons.yaml:5:15: error: invalid decision 'stay-the-course' (expected one of: keep-course, change-approach, revise-target, fix-data)",
         "lessons.yaml:5:15: error: valor de decision no válido 'stay-the-course' (se espera uno de: keep-course, change-approach, revise-target, fix-data)"),
        ("lessons-missing-field", "lessons.yaml:2:5: error: missing required field 'note'",
         "lessons.yaml:2:5: error: falta el campo obligatorio 'note'"),
        ("lessons-unknown-key", "lessons.yaml:6:5: error: unknown key 'forum'",
         "lessons.yaml:6:5: error: clave desconocida 'forum'"),
        ("lessons-not-a-list", "lessons.yaml:2:3: error: expected a list",
         "lessons.yaml:2:3: error: se esperaba una lista"),
    ]

    @Test(arguments: rulesCases + lessonsCases)
    func oneMistakeOneMessage(_ name: String, _ english: String, _ spanish: String) throws {
        #expect(try FlagConfigFixture(name).diagnostics(.en) == [english])
        #expect(try FlagConfigFixture(name).diagnostics(.es) == [spanish])
    }

    @Test func everyFixtureIsCovered() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: FlagConfigFixture.cases.path).sorted()
        #expect(folders == (Self.rulesCases + Self.lessonsCases).map(\.0).sorted())
    }
}
