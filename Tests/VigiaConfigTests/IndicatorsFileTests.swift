import Testing
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
