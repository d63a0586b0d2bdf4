import Foundation
import Testing

/// `vigia targets …` on a copy of the bundled config, as a committee secretary runs it.
@Suite(.serialized)
struct TargetsCommandTests {
    @Test func listShowsTheTargetInForce() throws {
        let r = try VigiaProcess.run(["targets", "list", "--as-of", "2023-01-01"])
        #expect(r.status == 0)
        // Columns are as wide as their widest cell: compare the words of the row, not its spacing.
        func row(_ text: String) -> String? {
            text.split(separator: "\n").first { $0.hasPrefix("mx.homicides ") }
                .map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        }
        let homicides = try #require(row(r.stdout))
        #expect(homicides.contains("2019 34,723") && homicides.contains("2030 17,000") && homicides.hasSuffix("illustrative"))
        let later = try VigiaProcess.run(["targets", "list", "--as-of", "2024-01-01"])
        #expect(row(later.stdout)?.contains("2030 20,000 2023-10-13 High-Level Security Dialogue") == true)
    }

    @Test func historyListsEveryRevisionWithOldAndNewValues() throws {
        let r = try VigiaProcess.run(["targets", "history", "mx.homicides"])
        #expect(r.status == 0)
        #expect(r.stdout == """
            mx.homicides — Intentional homicide victims (Mexico)
            Baseline 2019: 34,723 (illustrative)

            2021-10-08  High-Level Security Dialogue
                        17,000 (2030)  [original]
                        Halve homicide victims from the 2019 peak by 2030.
            2023-10-13  High-Level Security Dialogue
                        17,000 (2030) → 20,000 (2030)
                        The decline since 2019 is slower than planned; a 42% reduction is judged attainable.

            """)
        #expect(try VigiaProcess.run(["targets", "history", "mx.homicide"]).status == 1)
    }

    @Test func reviseAppendsOnlyTheRevisionAndTheDashboardFollows() throws {
        let dir = try TemporaryDirectory()
        let config = try dir.copyOfBundledConfig()
        let path = config.appendingPathComponent("targets.yaml").path
        let before = try String(contentsOfFile: path, encoding: .utf8)
        let r = try VigiaProcess.run(["targets", "revise", "mx.homicides", "--value", "22000", "--by", "2030",
                                      "--agreed", "2025-11-20", "--forum", "Security Implementation Group",
                                      "--rationale", "Pace since 2023 supports 22,000.", "--config", config.path])
        #expect(r.status == 0, "\(r.stderr)")
        let after = try String(contentsOfFile: path, encoding: .utf8)
        let appended = """
                  - agreed: 2025-11-20
                    target: {period: "2030", value: 22000}
                    forum: "Security Implementation Group"
                    rationale: "Pace since 2023 supports 22,000."

            """
        let anchor = "rationale: \"The decline since 2019 is slower than planned; a 42% reduction is judged attainable.\"\n"
        #expect(after == before.replacingOccurrences(of: anchor, with: anchor + appended))
        let history = try VigiaProcess.run(["targets", "history", "mx.homicides", "--config", config.path])
        #expect(history.stdout.contains("20,000 (2030) → 22,000 (2030)"))
        let json = try VigiaProcess.run(["--snapshot", "--format", "json", "--as-of", "2026-06-30", "--config", config.path,
                                         "--indicator", "mx.homicides"])
        #expect(json.stdout.contains("\"value\": 22000"))
        #expect(try VigiaProcess.run(["validate", "--config", config.path]).status == 0)
    }

    @Test func refusedRevisionsLeaveTheFileUntouched() throws {
        let dir = try TemporaryDirectory()
        let config = try dir.copyOfBundledConfig()
        let path = config.appendingPathComponent("targets.yaml").path
        let before = try String(contentsOfFile: path, encoding: .utf8)
        let cases: [([String], String)] = [
            (["mx.homicide", "--value", "22000", "--by", "2030"], "unknown indicator 'mx.homicide' (did you mean 'mx.homicides'?)"),
            (["mx.homicides", "--value", "22000", "--by", "2018"], "the target period 2018 is not after the baseline period 2019"),
            (["mx.homicides", "--value", "40000", "--by", "2030"], "a target of 40000 is above the baseline of 34723, but this indicator should decrease"),
            (["mx.homicides", "--value", "22k", "--by", "2030"], "'22k' is not a number"),
            (["mx.homicides", "--value", "22000", "--by", "2030-13"], "invalid period '2030-13'"),
        ]
        for (args, message) in cases {
            let r = try VigiaProcess.run(["targets", "revise"] + args + ["--agreed", "2025-11-20", "--forum", "F",
                                                                          "--rationale", "R", "--config", config.path])
            #expect(r.status == 1, "\(args)")
            #expect(r.stderr.contains(message), "\(r.stderr)")
        }
        let early = try VigiaProcess.run(["targets", "revise", "mx.homicides", "--value", "22000", "--by", "2030",
                                          "--agreed", "2022-01-01", "--forum", "F", "--rationale", "R", "--config", config.path])
        #expect(early.stderr.contains("agreed date 2022-01-01 is before the previous agreement (2023-10-13)"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: config.path).allSatisfy { !$0.hasSuffix(".tmp") })
    }
}

/// `vigia targets revise` against what a real folder holds: links, protections, other line
/// breaks, a byte order mark, a second `revise` at the same moment, dates from the future.
@Suite(.serialized)
struct TargetsReviseSafetyTests {
    static func revise(_ config: URL, _ id: String = "mx.homicides", value: String = "22000", agreed: String = "2025-11-20",
                       committee: Bool = false) throws -> VigiaProcess.Result {
        try VigiaProcess.run(["targets", "revise", id, "--value", value, "--by", "2030", "--agreed", agreed,
                              "--forum", "Security Implementation Group", "--rationale", "Agreed.", "--config", config.path]
                             + (committee ? ["--committee-figure"] : []))
    }

    @Test func aSymlinkedTargetsFileStaysALink() throws {
        let dir = try TemporaryDirectory()
        let config = try dir.copyOfBundledConfig()
        let path = config.appendingPathComponent("targets.yaml").path, real = dir.url.appendingPathComponent("targets.yaml").path
        try FileManager.default.moveItem(atPath: path, toPath: real)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: real)
        let r = try Self.revise(config)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path) == real)
        #expect(try String(contentsOfFile: real, encoding: .utf8).contains("value: 22000}"))
    }

    @Test func aReadOnlyTargetsFileIsRefused() throws {
        let dir = try TemporaryDirectory()
        let config = try dir.copyOfBundledConfig()
        let path = config.appendingPathComponent("targets.yaml").path
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        chmod(path, 0o444)
        let r = try Self.revise(config)
        #expect(r.status == 1)
        #expect(r.stderr.contains("read-only"), "\(r.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func crlfLineBreaksAndAByteOrderMarkAreKept() throws {
        let dir = try TemporaryDirectory()
        let config = try dir.copyOfBundledConfig()
        let path = config.appendingPathComponent("targets.yaml").path
        let lf = try String(contentsOfFile: path, encoding: .utf8)
        try ("\u{FEFF}" + lf.replacingOccurrences(of: "\n", with: "\r\n")).write(toFile: path, atomically: false, encoding: .utf8)
        #expect(try VigiaProcess.run(["validate", "--config", config.path]).status == 0)
        let r = try Self.revise(config, committee: true)
        #expect(r.status == 0, "\(r.stderr)")
        let after = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(after.starts(with: [0xEF, 0xBB, 0xBF]), "the byte order mark is kept")
        let text = String(decoding: after.dropFirst(3), as: UTF8.self)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line break is still CRLF")
        #expect(text.contains("      - agreed: 2025-11-20\r\n        target: {period: \"2030\", value: 22000}\r\n"))
        #expect(try VigiaProcess.run(["validate", "--config", config.path]).status == 0)
    }

    /// Both used to say "revision recorded" while the second rename dropped the first's revision.
    @Test func twoRevisionsAtOnceAreBothRecorded() throws {
        for round in 0..<3 {
            let dir = try TemporaryDirectory()
            let config = try dir.copyOfBundledConfig()
            let results = Results()
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                let r = try? Self.revise(config, i == 0 ? "mx.homicides" : "us.overdose.deaths", value: i == 0 ? "22000" : "46000")
                results.set(i, r?.status)
            }
            #expect(results.statuses == [0, 0], "round \(round)")
            let text = try String(contentsOfFile: config.appendingPathComponent("targets.yaml").path, encoding: .utf8)
            #expect(text.contains("value: 22000}") && text.contains("value: 46000}"), "round \(round): a revision was lost")
        }
    }

    @Test func anAgreedDateInTheFutureIsRefused() throws {
        let dir = try TemporaryDirectory()
        let config = try dir.copyOfBundledConfig()
        let r = try Self.revise(config, agreed: "9999-12-31")
        #expect(r.status == 1)
        #expect(r.stderr.contains("agreed date 9999-12-31 is after today"), "\(r.stderr)")
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Int: Int32] = [:]
        func set(_ i: Int, _ status: Int32?) { lock.withLock { values[i] = status ?? -1 } }
        var statuses: [Int32] { lock.withLock { [values[0] ?? -1, values[1] ?? -1] } }
    }
}
