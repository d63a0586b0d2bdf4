import Foundation
import Testing

/// Flags end to end: the real binary on the bundled real data, and `--fail-on` exit codes.
@Suite(.serialized)
struct FlagsCommandTests {
    static let asOf = "2026-06-30"

    static func json(_ r: VigiaProcess.Result) throws -> [String: [String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let list = object["indicators"] as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: list.map { ($0["id"] as? String ?? "", $0) })
    }

    static func flags(_ indicator: [String: Any]?) -> [[String: Any]] {
        indicator?["flags"] as? [[String: Any]] ?? []
    }

    @Test func jsonFlagsFollowTheContract() throws {
        let r = try VigiaProcess.run(["--snapshot", "--format", "json", "--as-of", Self.asOf])
        #expect(r.status == 0)
        let byID = try Self.json(r)
        let fentanyl = Self.flags(byID["cbp.seizures.fentanyl"])
        let divergence = try #require(fentanyl.first { $0["rule"] as? String == "divergence" })
        #expect(divergence.keys.sorted() == ["adjustment", "decision", "message", "rule", "severity", "since"])
        #expect(divergence["severity"] as? String == "warning")
        #expect(divergence["since"] as? String == "2022")
        let decision = try #require(divergence["decision"] as? [String: Any])
        #expect(decision["decision"] as? String == "keep-course")
        #expect(decision["date"] as? String == "2025-12-11")
        #expect((decision["note"] as? String)?.hasPrefix("Illustrative.") == true)
        // An unaddressed flag has decision null.
        let regime = try #require(fentanyl.first { $0["rule"] as? String == "regime-change" })
        #expect(regime["decision"] is NSNull)
        let overdoses = Self.flags(byID["us.overdose.deaths"])
        #expect(overdoses.first?["rule"] as? String == "moving-away")
        // Above the 2019 baseline, but down 26% in a year and no significant trend on one 12-month
        // sum a year: the evidence disagrees, so a warning that says why.
        #expect(overdoses.first?["severity"] as? String == "warning")
        #expect(overdoses.first?["since"] as? String == "2020-01")
        #expect((overdoses.first?["message"] as? String)?.contains("ratio -0.21 < 0") == true)
        #expect((overdoses.first?["message"] as? String)?.contains("Not critical, the evidence disagrees: down 26% in the last 12 months") == true)
        // Fiscal year 2024 ended on 30 September 2024: 21 months before the as-of date, stale by 3.
        #expect(Self.flags(byID["cbp.seizures.cocaine"]).map { $0["rule"] as? String } == ["stale-data"])
    }

    @Test func jsonControlChart() throws {
        let byID = try Self.json(try VigiaProcess.run(["--snapshot", "--format", "json", "--as-of", Self.asOf]))
        let control = try #require(byID["mx.homicides"]?["control"] as? [String: Any])
        #expect(control["from"] as? String == "2019-01")
        #expect(control["to"] as? String == "2025-06")
        #expect(control["assurance"] as? String == "consistently-fails")
        let lower = try #require(control["lower"] as? Double), upper = try #require(control["upper"] as? Double)
        let centre = try #require(control["centre"] as? Double)
        #expect(lower < centre && centre < upper)
        let signals = try #require(control["signals"] as? [[String: Any]])
        #expect(signals.contains { $0["test"] as? String == "shift" && $0["reading"] as? String == "improvement" })
        let changes = try #require(control["changePoints"] as? [[String: Any]])
        #expect(changes.last?["method"] as? String == "cusum")
        #expect(changes.last?["period"] as? String == "2024-11", "CUSUM on seasonally adjusted values")
    }

    @Test func spanishMessages() throws {
        let r = try VigiaProcess.run(["--snapshot", "--format", "json", "--as-of", Self.asOf, "--lang", "es"])
        // INEGI's target is a rate per 100,000 people: 20 lies below the process's lower limit.
        let flags = Self.flags(try Self.json(r)["mx.homicides.inegi"])
        let infeasible = try #require(flags.first { $0["rule"] as? String == "target-infeasible" })
        #expect((infeasible["message"] as? String)?.hasPrefix("Tal como funciona el proceso no alcanzará la meta: la meta (20) está por debajo del límite inferior del proceso, 24.1") == true)
        #expect((infeasible["adjustment"] as? String)?.hasPrefix("Revisar la meta.") == true)
    }

    @Test func textReportCountsAndShowsFlags() throws {
        let r = try VigiaProcess.run(["--snapshot", "--as-of", Self.asOf, "--width", "120"])
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines[1].hasSuffix("⚑"), "the table header, after the title (empty lines dropped)")
        // The ⚑ column: the worst open flag's glyph and the number open (the addressed one is not counted).
        #expect(lines.contains { $0.contains("Guns out (CBP)") && $0.hasSuffix("✔ met             ▲2") })
        #expect(lines.contains { $0.contains("Cocaine (CBP)") && $0.hasSuffix("○ no target       ▲1") })
        #expect(r.stdout.contains("ℹ Info: target met early (since 2024) [addressed]"))
        #expect(r.stdout.contains("Decision (2025-11-20): revise target"))
    }

    @Test func failOnMovingAwayExitsThreeAfterWritingTheReport() throws {
        let dir = try TemporaryDirectory()
        let path = dir.url.appendingPathComponent("report.json").path
        let r = try VigiaProcess.run(["--snapshot", "--format", "json", "--as-of", Self.asOf, "--fail-on", "moving-away",
                                      "--output", path])
        #expect(r.status == 3)
        #expect(r.stderr == "vigia: --fail-on moving-away: 6 unaddressed flags: cbp.seizures.heroin (moving-away), mx.envipe.cifra_negra (moving-away), mx.impunity.homicide (moving-away), us.overdose.deaths (moving-away), us.overdose.synthetic (moving-away), us.overdose.final (moving-away)\n")
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("{\n  \"schema\": \"vigia.snapshot/1\""))
        let stdout = try VigiaProcess.run(["--snapshot", "--as-of", Self.asOf, "--fail-on", "any-flag"])
        #expect(stdout.status == 3)
        #expect(stdout.stdout.hasPrefix(" Vigía Overview │ as of 2026-06-30"))
        #expect(stdout.stderr.contains("mx.homicides.inegi (target-infeasible)"))
        // No indicator is off pace: the report is written and the exit status is 0.
        let none = try VigiaProcess.run(["--snapshot", "--as-of", Self.asOf, "--fail-on", "off-pace"])
        #expect(none.status == 0 && none.stderr.isEmpty)
    }

    @Test func failOnHoldsOnlyForTheSelectedIndicators() throws {
        // At the end of 2025 cocaine has no flag (its FY2024 figure is not yet 18 months old).
        let cocaine = ["--snapshot", "--as-of", "2025-12-31", "--indicator", "cbp.seizures.cocaine"]
        #expect(try VigiaProcess.run(cocaine + ["--fail-on", "any-flag"]).status == 0)
        let homicides = ["--snapshot", "--as-of", Self.asOf, "--indicator", "mx.homicides"]
        #expect(try VigiaProcess.run(homicides + ["--fail-on", "moving-away", "--fail-on", "off-pace"]).status == 0)
        #expect(try VigiaProcess.run(homicides + ["--fail-on", "any-flag"]).status == 3)
        #expect(try VigiaProcess.run(homicides).status == 0)
    }

    @Test func addressedFlagsDoNotFail() throws {
        // Firearms at the end of 2025: target-met-early is addressed in the bundled lessons;
        // insufficient-data is not.
        let firearms = ["--snapshot", "--as-of", "2025-12-31", "--indicator", "cbp.firearms.outbound", "--fail-on", "any-flag"]
        let open = try VigiaProcess.run(firearms)
        #expect(open.status == 3)
        #expect(open.stderr.contains("1 unaddressed flag: cbp.firearms.outbound (insufficient-data)"))
        let dir = try TemporaryDirectory()
        let config = try dir.copyOfBundledConfig()
        let lessons = config.appendingPathComponent("lessons.yaml")
        var yaml = try String(contentsOf: lessons, encoding: .utf8)
        yaml += """

          - indicator: cbp.firearms.outbound
            rule: insufficient-data
            date: 2025-12-15
            decision: keep-course
            note: "Judge the trend when FY2025 and FY2026 are published."

        """
        try yaml.write(to: lessons, atomically: true, encoding: .utf8)
        let addressed = try VigiaProcess.run(firearms + ["--config", config.path])
        #expect(addressed.status == 0, "\(addressed.stderr)")
        #expect(addressed.stderr.isEmpty)
    }

    @Test func failOnUsage() throws {
        let r = try VigiaProcess.run(["--snapshot", "--fail-on", "moving-backwards"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("moving-backwards"))
        let es = try VigiaProcess.run(["--snapshot", "--as-of", Self.asOf, "--fail-on", "moving-away", "--lang", "es"])
        #expect(es.status == 3)
        #expect(es.stderr.hasPrefix("vigia: --fail-on moving-away: 6 alertas sin atender:"))
    }
}
