import Testing
@testable import VigiaConfig

/// One fixture per kind of mistake in `targets.yaml`. Each case folder replaces
/// `base/targets.yaml` with a copy holding one deliberate error (marked `# wrong:`).
@Suite("targets.yaml errors")
struct TargetsFileTests {
    @Test func unknownIndicatorSuggestsTheClosestID() throws {
        try expectDiagnostics("target-unknown-indicator", [
            "targets.yaml:14:16: error: unknown indicator 'us.overdose' (did you mean 'us.overdoses'?)",
        ])
    }

    @Test func baselineNotBeforeTarget() throws {
        try expectDiagnostics("baseline-not-before-target", [
            "targets.yaml:20:15: error: baseline period 2028 is not before target period 2028",
        ])
    }

    @Test func baselineAfterTheTargetAndItsRevisionIsReportedOnce() throws {
        // Both the target and its revision are for 2030: one message, not two identical ones.
        try expectDiagnostics("baseline-after-every-target", [
            "targets.yaml:4:15: error: baseline period 2031 is not before target period 2030",
        ])
    }

    /// A target edited by hand onto the wrong side of its baseline read as "met 100 %" the day
    /// it was entered; one equal to the baseline (a zero baseline's zero) as "100 %" beside
    /// "moving away". `revise` refused the same values; now validation does too.
    @Test func targetsOnTheWrongSideOfTheBaseline() throws {
        try expectDiagnostics("target-wrong-side", [
            "targets.yaml:12:41: error: target 40000 is above the baseline of 36661, but this indicator should decrease",
            "targets.yaml:17:37: error: target 0 equals the baseline: there is no change to measure progress by",
            "targets.yaml:22:37: error: target 40 is below the baseline of 60, but this indicator should increase",
        ])
    }

    @Test func revisionOutOfOrder() throws {
        try expectDiagnostics("revision-out-of-order", [
            "targets.yaml:10:17: error: revision agreed 2020-01-01 is not after the previous agreement (2021-10-08)",
        ])
    }

    @Test func badDate() throws {
        try expectDiagnostics("bad-date", [
            "targets.yaml:17:13: error: invalid date '2022-02-30' (expected YYYY-MM-DD)",
        ])
    }

    @Test func badPeriod() throws {
        try expectDiagnostics("target-bad-period", [
            "targets.yaml:20:24: error: invalid period '2020-13' (expected YYYY, YYYY-Qn or YYYY-MM)",
        ])
    }

    @Test func periodOfAnotherFrequency() throws {
        // A monthly indicator takes annual or monthly baselines and targets.
        try expectDiagnostics("target-period-frequency", [
            "targets.yaml:16:22: error: period '2030-Q4' does not match the indicator's frequency (expected annual or monthly)",
        ])
    }

    @Test func periodOfAnotherFrequencyOnAnAnnualIndicator() throws {
        // Says "annual" once, not "annual or annual".
        try expectDiagnostics("target-period-frequency-annual", [
            "targets.yaml:21:22: error: period '2028-12' does not match the indicator's frequency (expected annual)",
        ])
    }

    @Test func valueThatIsNotANumber() throws {
        try expectDiagnostics("target-value-not-a-number", [
            "targets.yaml:16:37: error: '50k' is not a number",
        ])
    }

    @Test func valueThatIsNotFinite() throws {
        try expectDiagnostics("target-value-not-finite", [
            "targets.yaml:15:39: error: value '.nan' is not a finite number",
        ])
    }

    @Test func nonPositiveValueWithGrowthRateProgress() throws {
        // indicators.yaml sets `progress: cagr`; the message points at the offending value.
        try expectDiagnostics("cagr-non-positive", [
            "targets.yaml:21:37: error: target 0 is below the baseline of 60, but this indicator should increase",
            "targets.yaml:21:37: error: value 0 is not positive, so growth rates (progress: cagr) cannot be used",
        ])
    }

    @Test func notABoolean() throws {
        try expectDiagnostics("not-a-boolean", [
            "targets.yaml:8:19: error: 'yes please' is not true or false",
        ])
    }

    @Test func duplicateTargetNamesTheFirstLine() throws {
        try expectDiagnostics("duplicate-target", [
            "targets.yaml:24:5: error: duplicate target for indicator 'us.overdoses' (first on line 14)",
        ])
    }

    @Test func duplicateKeyIsReportedWhereItIsRepeated() throws {
        try expectDiagnostics("duplicate-key", [
            "targets.yaml:19:5: error: duplicate key 'agreed'",
        ])
    }

    @Test func targetsMustBeAList() throws {
        try expectDiagnostics("targets-not-a-list", [
            "targets.yaml:3:3: error: expected a list",
        ])
    }

    @Test func controlCharacterIsLocated() throws {
        // libyaml reports a byte offset; the column counts characters (the á is one).
        try expectDiagnostics("yaml-control-character", [
            "targets.yaml:18:33: error: YAML syntax error: control characters are not allowed",
        ])
    }
}
