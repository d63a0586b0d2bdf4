import Foundation
import Testing

/// What a user sees when the input is wrong: a clear message, the contract's exit code, no crash.
@Suite(.serialized)
struct BadInputTests {
    @Test func brokenConfigReportsEveryErrorAtOnce() throws {
        let dir = try TemporaryDirectory()
        let config = try dir.copyOfBundledConfig()
        let indicators = config.appendingPathComponent("indicators.yaml")
        var yaml = try String(contentsOf: indicators, encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "    direction: decrease\n    frequency: monthly\n    source: \"SESNSP",
                                         with: "    directon: decrease\n    frequency: monthly\n    source: \"SESNSP")
        try yaml.write(to: indicators, atomically: true, encoding: .utf8)
        let data = config.appendingPathComponent("data/mx_extraditions_annual.csv")
        var csv = try String(contentsOf: data, encoding: .utf8)
        csv += "mx.extradition,2023,54,MX,test,,\nmx.extraditions,2023-13,54,MX,test,,\n"
        try csv.write(to: data, atomically: true, encoding: .utf8)

        let r = try VigiaProcess.run(["validate", "--config", config.path])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        let prefix = config.path + "/"
        let shown = lines.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }
        #expect(shown.contains { $0.hasPrefix("indicators.yaml:") && $0.hasSuffix("error: unknown key 'directon' (did you mean 'direction'?)") })
        #expect(shown.contains { $0.hasPrefix("indicators.yaml:") && $0.hasSuffix("error: missing required field 'direction'") })
        #expect(shown.contains("data/mx_extraditions_annual.csv:12:1: error: unknown indicator 'mx.extradition' (did you mean 'mx.extraditions'?)"))
        #expect(shown.contains("data/mx_extraditions_annual.csv:13:17: error: invalid period '2023-13' (expected YYYY, YYYY-Qn or YYYY-MM)"))
        #expect(shown.last == "4 errors in the configuration")

        let snapshot = try VigiaProcess.run(["--snapshot", "--config", config.path])
        #expect(snapshot.status == 1)
        #expect(snapshot.stdout.isEmpty)
    }

    @Test func missingConfigDirectory() throws {
        let r = try VigiaProcess.run(["validate", "--config", "/nonexistent/Config"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("/nonexistent/Config: error: config directory '/nonexistent/Config' does not exist"))
        let env = try VigiaProcess.run(["validate"], environment: ["VIGIA_CONFIG": "/nonexistent/Config"])
        #expect(env.status == 1)
    }

    @Test func usageErrorsExitWithTwo() throws {
        for args in [["--snapshot", "--format", "pdf"], ["--snapshot", "--as-of", "2025-02-30"], ["--bogus"],
                     ["--snapshot", "--width", "10"], ["--snapshot", "--width", "100000000"]] {
            let r = try VigiaProcess.run(args)
            #expect(r.status == 2, "\(args)")
            #expect(r.stderr.contains("Error") || r.stderr.contains("error"), "\(args)")
        }
        let help = try VigiaProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--snapshot"))
    }

    @Test func controlCharactersFromConfigNeverReachTheOutput() throws {
        let dir = try TemporaryDirectory()
        let config = try dir.copyOfBundledConfig()
        let indicators = config.appendingPathComponent("indicators.yaml")
        var yaml = try String(contentsOf: indicators, encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "Intentional homicide victims (Mexico)", with: "Evil\\e[2J\\a name")
        try yaml.write(to: indicators, atomically: true, encoding: .utf8)
        yaml = try String(contentsOf: indicators, encoding: .utf8)
        #expect(yaml.contains("Evil\\e[2J"))
        // Double-quoted YAML turns \e into a real ESC: the config now carries one.
        let json = try VigiaProcess.run(["--snapshot", "--format", "json", "--config", config.path, "--lang", "en"])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(!json.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(json.stdout.contains("Evil\\u001b[2J\\u0007 name"))
    }

    @Test func extremeFiguresNeverCrashAnyFormat() throws {
        let dir = try TemporaryDirectory()
        let config = try dir.copyOfBundledConfig()
        let data = config.appendingPathComponent("data/mx_extraditions_annual.csv")
        var csv = try String(contentsOf: data, encoding: .utf8)
        csv += "mx.extraditions,1000,1e308,MX,extreme,,\nmx.extraditions,9999,-1e308,MX,extreme,,\n"
        try csv.write(to: data, atomically: true, encoding: .utf8)
        let targets = config.appendingPathComponent("targets.yaml")
        let yaml = try String(contentsOf: targets, encoding: .utf8)
            .replacingOccurrences(of: "target: {period: \"2030\", value: 100}", with: "target: {period: \"9999\", value: 1e300}")
        try yaml.write(to: targets, atomically: true, encoding: .utf8)
        for format in ["text", "markdown", "json", "csv", "html"] {
            let r = try VigiaProcess.run(["--snapshot", "--format", format, "--config", config.path, "--as-of", "9999-12-31"])
            #expect(r.status == 0, "\(format): \(r.stderr.prefix(300))")
            #expect(!r.stdout.isEmpty)
        }
    }
}

/// The time context, mistyped: every mistake located, in one run.
struct TimeContextInputTests {
    @Test func anEventOnAnUnknownIndicatorAndABreakInABadPeriod() throws {
        let dir = try TemporaryDirectory()
        let config = try dir.copyOfBundledConfig()
        let events = config.appendingPathComponent("events.yaml")
        var yaml = try String(contentsOf: events, encoding: .utf8)
        yaml += """

          - date: 2026-03-01
            title: {en: "A transfer", es: "Un traslado"}
            kind: transfer
            indicators: [mx.transfer]
            source: "test"

        """
        try yaml.write(to: events, atomically: true, encoding: .utf8)
        let indicators = config.appendingPathComponent("indicators.yaml")
        var text = try String(contentsOf: indicators, encoding: .utf8)
        text = text.replacingOccurrences(of: "      - period: \"2019\"\n        kind: scope", with: "      - period: \"2019-Q5\"\n        kind: scope")
        try text.write(to: indicators, atomically: true, encoding: .utf8)

        let r = try VigiaProcess.run(["validate", "--config", config.path])
        #expect(r.status == 1)
        let prefix = config.path + "/"
        let shown = r.stderr.split(separator: "\n").map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : String($0) }
        #expect(shown.contains { $0.hasPrefix("indicators.yaml:") && $0.hasSuffix(":17: error: invalid period '2019-Q5' (expected YYYY, YYYY-Qn or YYYY-MM)") }, "\(shown)")
        #expect(shown.contains { $0.hasPrefix("events.yaml:") && $0.hasSuffix(":18: error: unknown indicator 'mx.transfer' (did you mean 'mx.transfers'?)") }, "\(shown)")
        #expect(shown.last == "2 errors in the configuration")
    }
}
