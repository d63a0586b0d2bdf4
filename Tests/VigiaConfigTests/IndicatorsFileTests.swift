import Testing
import VigiaCore
@testable import VigiaConfig

/// One fixture per kind of mistake in `indicators.yaml`, each with the exact lines a user sees.
/// Each case folder replaces `base/indicators.yaml` with a copy holding one deliberate error
/// (marked `# wrong:`); line numbers are those of that copy.
@Suite("indicators.yaml errors")
struct IndicatorsFileTests {
    @Test func yamlSyntaxError() throws {
        // The flow mapping opened on line 11 is never closed; libyaml notices on the next line.
        try expectDiagnostics("yaml-syntax", [
            "indicators.yaml:12:5: error: YAML syntax error: while parsing a flow mapping did not find expected ',' or '}'",
        ])
    }

    @Test func unknownKeySuggestsTheClosestKey() throws {
        // The key the typo stands for is then missing, reported at the mapping (line 9), which
        // comes first in line order. The indicator's data rows and target are not reported again
        // as naming an unknown indicator.
        try expectDiagnostics("unknown-key", [
            "indicators.yaml:9:5: error: missing required field 'direction'",
            "indicators.yaml:14:5: error: unknown key 'directon' (did you mean 'direction'?)",
        ])
    }

    @Test func unknownKeyColumnCountsCharactersNotBytes() throws {
        // `víctimas` has a two-byte í: the column of `fr` is 39, not 40.
        try expectDiagnostics("unknown-key-after-accents", [
            "indicators.yaml:12:39: error: unknown key 'fr'",
        ])
    }

    @Test func missingFieldIsReportedAtTheMappingThatLacksIt() throws {
        try expectDiagnostics("missing-field", [
            "indicators.yaml:17:5: error: missing required field 'source'",
        ])
    }

    @Test func missingSpanishText() throws {
        try expectDiagnostics("localized-missing-es", [
            "indicators.yaml:19:11: error: missing required field 'es'",
        ])
    }

    @Test func badEnumValueListsTheChoices() throws {
        try expectDiagnostics("bad-enum", [
            "indicators.yaml:23:16: error: invalid frequency 'weekly' (expected one of: annual, quarterly, monthly)",
        ])
    }

    @Test func duplicateIndicatorIDNamesTheFirstLine() throws {
        try expectDiagnostics("duplicate-indicator-id", [
            "indicators.yaml:35:5: error: duplicate indicator id 'mx.homicides' (first defined on line 9)",
        ])
    }

    @Test func duplicateGoalIDNamesTheFirstLine() throws {
        try expectDiagnostics("duplicate-goal-id", [
            "indicators.yaml:7:5: error: duplicate goal id 'prevention' (first defined on line 5)",
        ])
    }

    @Test func duplicateKeyIsReportedWhereItIsRepeated() throws {
        try expectDiagnostics("duplicate-key-indicators", [
            "indicators.yaml:17:5: error: duplicate key 'frequency'",
        ])
    }

    @Test func indicatorNamingAnUnknownGoal() throws {
        try expectDiagnostics("unknown-goal", [
            "indicators.yaml:27:11: error: unknown goal 'disrupt-tco'",
        ])
    }

    @Test func brokenGoalIsReportedOnceNotOncePerIndicator() throws {
        // The goal `prevention` lacks its name; us.overdoses, which belongs to it, is not
        // reported as naming an unknown goal.
        try expectDiagnostics("goal-missing-name", [
            "indicators.yaml:5:5: error: missing required field 'name'",
        ])
    }

    @Test func trendWindowMustBeAPositiveWholeNumber() throws {
        try expectDiagnostics("bad-trend-window", [
            "indicators.yaml:35:27: error: '0' is not a positive whole number",
        ])
    }

    @Test func emptyIndicatorsFile() throws {
        try expectDiagnostics("indicators-empty", [
            "indicators.yaml: error: missing required field 'indicators'",
        ])
    }
}

/// The keys that say how an indicator is judged: `values`, `trend.test`, `progress` as a mapping.
@Suite("indicators.yaml judgment settings")
struct JudgmentSettingsTests {
    @Test func rollingSumsNeedMonthsOrQuarters() throws {
        try expectDiagnostics("rolling-annual", [
            "indicators.yaml:17:13: error: values: rolling-12-month needs a monthly or quarterly frequency (an annual value already covers 12 months)",
        ])
        try expectDiagnostics("rolling-annual", [
            "indicators.yaml:17:13: error: values: rolling-12-month requiere frecuencia mensual o trimestral (un valor anual ya cubre 12 meses)",
        ], language: .es)
    }

    @Test func runningTotalsNeedARealDay() throws {
        try expectDiagnostics("cumulative-bad-date", [
            "indicators.yaml:17:32: error: invalid date '2024-13-01' (expected YYYY-MM-DD)",
        ])
    }

    @Test func theBundledRunningTotalsAreDeclared() throws {
        let loaded = try ConfigLoader.load(directory: Fixture.bundledConfig.path)
        let totals = loaded.catalog.indicators.first { $0.id == "mx.seizures.fentanyl.since_2024_10" }
        #expect(totals?.cumulativeSince == CalendarDate("2024-10-01"))
        #expect(totals?.values == .perPeriod)
    }

    @Test func rollingSumsAreNotSummedIntoAYear() throws {
        try expectDiagnostics("rolling-aggregate", [
            "indicators.yaml:26:16: error: 12-month sums make a year by taking the latest one: aggregate must be 'last' (found 'sum')",
        ])
        try expectDiagnostics("rolling-aggregate", [
            "indicators.yaml:26:16: error: las sumas de 12 meses forman un año con la más reciente: aggregate debe ser 'last' (se encontró 'sum')",
        ], language: .es)
    }

    @Test func anUnknownTrendTestListsTheKnownOnes() throws {
        try expectDiagnostics("trend-test-unknown", [
            "indicators.yaml:17:19: error: invalid test 'theil-sen' (expected one of: auto, mann-kendall, hamed-rao, yue-wang, seasonal-mann-kendall, correlated-seasonal)",
        ])
    }

    @Test func aSeasonalTestNeedsSeasons() throws {
        try expectDiagnostics("seasonal-test-annual", [
            "indicators.yaml:17:19: error: trend test 'seasonal-mann-kendall' compares seasons, but this indicator is tested on annual values (use mann-kendall, hamed-rao, yue-wang or auto)",
        ])
        try expectDiagnostics("seasonal-test-annual", [
            "indicators.yaml:17:19: error: la prueba de tendencia 'seasonal-mann-kendall' compara estaciones, pero este indicador se prueba con valores anuales (use mann-kendall, hamed-rao, yue-wang o auto)",
        ], language: .es)
    }

    @Test func theShortTermSpanIsAPositiveWholeNumber() throws {
        try expectDiagnostics("progress-bad-years", [
            "indicators.yaml:17:48: error: '0' is not a positive whole number",
        ])
    }

    @Test func theSettingsLoad() throws {
        let fixture = try Fixture("progress-settings")
        defer { fixture.remove() }
        let config = try ConfigLoader.load(directory: fixture.directory.path)
        let overdoses = try #require(config.catalog.indicators.first { $0.id == "us.overdoses" })
        #expect(overdoses.values == .rolling12Months)
        #expect(overdoses.aggregate == .last, "12-month sums imply aggregate: last")
        #expect(overdoses.trendTest == .fixed(.hamedRao))
        #expect(overdoses.trendWindowYears == 8)
        #expect(overdoses.progress == .cagr)
        #expect(overdoses.shortTermYears == 3)
        let extraditions = try #require(config.catalog.indicators.first { $0.id == "mx.extraditions" })
        #expect(extraditions.progress == .linear, "the scalar form still names the method")
        #expect(extraditions.values == .perPeriod && extraditions.trendTest == .auto && extraditions.shortTermYears == 5)
    }
}

/// Breaks, fiscal years and events.yaml: one fixture per mistake, the exact lines a user sees.
@Suite("time context in the configuration")
struct TimeContextConfigTests {
    @Test func aBreakInAPeriodThatDoesNotExist() throws {
        try expectDiagnostics("break-bad-period", [
            "indicators.yaml:35:17: error: invalid period '2019-13' (expected YYYY, YYYY-Qn or YYYY-MM)",
        ])
    }

    @Test func aBreakInAnotherFrequency() throws {
        try expectDiagnostics("break-wrong-frequency", [
            "indicators.yaml:35:17: error: break period '2019-01' does not match the indicator's frequency (the indicator is annual)",
        ])
        try expectDiagnostics("break-wrong-frequency", [
            "indicators.yaml:35:17: error: el periodo de ruptura '2019-01' no corresponde a la frecuencia del indicador (se espera un periodo anual)",
        ], language: .es)
    }

    @Test func aFiscalYearOnlyForAnnualIndicators() throws {
        try expectDiagnostics("fiscal-not-annual", [
            "indicators.yaml:25:24: error: fiscal_year_start applies to annual indicators (a month or a quarter has no fiscal year of its own)",
        ])
    }

    @Test func anEventOnAnUnknownIndicator() throws {
        try expectDiagnostics("events-unknown-indicator", [
            "events.yaml:5:18: error: unknown indicator 'mx.extradition' (did you mean 'mx.extraditions'?)",
        ])
        try expectDiagnostics("events-unknown-indicator", [
            "events.yaml:5:18: error: indicador desconocido 'mx.extradition' (¿quiso decir 'mx.extraditions'?)",
        ], language: .es)
    }

    @Test func anEventOfAnUnknownKind() throws {
        try expectDiagnostics("events-bad-kind", [
            "events.yaml:4:11: error: invalid kind 'handover' (expected one of: agreement, transfer, operation, policy, methodology)",
        ])
    }

    @Test func eventsLoadInDateOrder() throws {
        let fixture = try Fixture("events-valid")
        defer { fixture.remove() }
        let config = try ConfigLoader.load(directory: fixture.directory.path)
        #expect(config.catalog.events.map(\.date.description) == ["2021-10-08", "2025-08-12"])
        #expect(config.catalog.events[0].scope == .all)
        #expect(config.catalog.events[1].scope == .indicators(["mx.extraditions"]))
        #expect(config.files.contains("events.yaml"))
    }
}
