import Foundation
import Testing

/// `vigia import` as a data steward runs it, on a database file of its own.
@Suite(.serialized)
struct ImportCommandTests {
    static let raw = VigiaProcess.root.appendingPathComponent("Tests/Fixtures/raw")
    static let stateFile = raw.appendingPathComponent("sesnsp_estatal_2026_rnid_cp1252.csv").path

    static func json(_ r: VigiaProcess.Result) throws -> [String: [String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let list = object["indicators"] as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: list.map { ($0["id"] as? String ?? "", $0) })
    }

    @Test func importingAStateFileGivesTheRankingByStateAndReimportingChangesNothing() throws {
        let dir = try TemporaryDirectory()
        let db = dir.url.appendingPathComponent("store/vigia.sqlite").path
        let first = try VigiaProcess.run(["import", Self.stateFile, "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("sesnsp_estatal_2026_rnid_cp1252.csv (sesnsp-estatal, Windows-1252)"))
        #expect(first.stdout.contains("rows read:              3648"))
        #expect(first.stdout.contains("observations added:     96"))
        #expect(FileManager.default.fileExists(atPath: db))

        let again = try VigiaProcess.run(["import", Self.stateFile, "--lang", "es"], environment: ["VIGIA_DB": db])
        #expect(again.status == 0)
        #expect(again.stdout.contains("observaciones sin cambio:  96"))
        #expect(again.stdout.contains("ya importado antes: sin cambios"))

        let snapshot = try VigiaProcess.run(["--snapshot", "--format", "json", "--as-of", "2026-06-30", "--db", db])
        let crimes = try #require(try Self.json(snapshot)["mx.homicides.crimes"])
        let geography = try #require(crimes["geography"] as? [String: Any])
        // No state has a whole year under the 2026 classification: the year to date, January to March.
        #expect(geography["from"] as? String == "2026-01")
        #expect(geography["to"] as? String == "2026-03")
        #expect(geography["national"] as? Int == 3996)
        #expect(geography["sumOfPlaces"] as? Int == 3996)
        #expect(geography["difference"] as? Int == 0)
        let places = try #require(geography["places"] as? [[String: Any]])
        #expect(places.count == 32)
        #expect(places.first?["name"] as? String == "Guanajuato")          // most crimes
        let colima = try #require(places.first { $0["geo"] as? String == "MX-06" })
        #expect(colima["value"] as? Int == 158)
        #expect(abs((colima["rate"] as? Double ?? 0) - 158 / 771_538 * 100_000) < 1e-9)  // CONAPO 2026 estimate
        let text = try VigiaProcess.run(["--snapshot", "--as-of", "2026-06-30", "--db", db, "--width", "120",
                                         "--indicator", "mx.homicides.crimes"])
        #expect(text.stdout.contains("Places: top 10 of 32 by rate • Jan–Mar 2026 (3 months)"))
        #expect(text.stdout.contains(" 1. Colima "))
        #expect(text.stdout.contains("Mexico 3,996; sum of 32 places 3,996; difference 0."))
        #expect(text.stdout.contains("rates over 3 months, not a yearly rate"))
    }

    @Test func aCorruptFileExitsOneAndLeavesTheDatabaseAsItWas() throws {
        let dir = try TemporaryDirectory()
        let db = dir.url.appendingPathComponent("vigia.sqlite").path
        let before = try VigiaProcess.run(["--snapshot", "--format", "json", "--as-of", "2026-06-30", "--db", db])
        let original = try Data(contentsOf: URL(fileURLWithPath: Self.stateFile))
        let truncated = dir.url.appendingPathComponent("cut.csv")
        try original.prefix(original.count / 2 + 11).write(to: truncated)
        let r = try VigiaProcess.run(["import", Self.stateFile, truncated.path, "--db", db])
        #expect(r.status == 1)
        #expect(r.stderr.contains("cut.csv: nothing imported; the database is unchanged"))
        #expect(r.stderr.contains("vigia: 1 of 2 files were not imported"))
        #expect(r.stderr.contains("the file is truncated") || r.stderr.contains("quoted field never closed"))
        let binary = dir.url.appendingPathComponent("binary.csv")
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: binary)
        let b = try VigiaProcess.run(["import", binary.path, "--db", db, "--lang", "es"])
        #expect(b.status == 1)
        #expect(b.stderr.contains("no se importó nada; la base de datos no cambió"))
        // Only the good file landed.
        let after = try VigiaProcess.run(["--snapshot", "--format", "json", "--as-of", "2026-06-30", "--db", db])
        #expect(try Self.json(before)["mx.homicides.crimes"]?["geography"] is NSNull)
        #expect(try Self.json(after)["mx.homicides.crimes"]?["geography"] is [String: Any])
    }

    @Test func dryRunAndUsageErrors() throws {
        let dir = try TemporaryDirectory()
        let db = dir.url.appendingPathComponent("vigia.sqlite").path
        let dry = try VigiaProcess.run(["import", Self.stateFile, "--dry-run", "--db", db])
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("dry run (--dry-run): nothing was written"))
        let snapshot = try VigiaProcess.run(["--snapshot", "--format", "json", "--as-of", "2026-06-30", "--db", db])
        #expect(try Self.json(snapshot)["mx.homicides.crimes"]?["geography"] is NSNull)
        #expect(try VigiaProcess.run(["import", Self.stateFile, "--format", "pdf"]).status == 2)
        #expect(try VigiaProcess.run(["import"]).status == 2)
        let wrong = try VigiaProcess.run(["import", Self.stateFile, "--format", "cbp-drugs"])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("header does not match format 'cbp-drugs'"))
    }

    @Test func aLongCSVWithPublishedDatesIsKnownFromThoseDates() throws {
        let dir = try TemporaryDirectory()
        let db = dir.url.appendingPathComponent("vigia.sqlite").path
        let file = dir.url.appendingPathComponent("release.csv")
        try """
            indicator,period,value,geo,source,note,published
            mx.homicides.crimes,2024-01,1100,MX-09,test,,2024-02-20
            mx.homicides.crimes,2024-02,1000,MX-09,test,,2024-03-20
            mx.homicides.crimes,2024-03,1200,MX-09,test,,2024-03-30

            """.write(to: file, atomically: true, encoding: .utf8)
        let r = try VigiaProcess.run(["import", file.path, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("observations added:     2"))
        #expect(r.stdout.contains("rows rejected:          1"))
        #expect(r.stderr.contains("release.csv:4: error: col 46: published date 2024-03-30 is before the end of period 2024-03 (2024-03-31)"))
        func periods(_ asOf: String) throws -> [String] {
            let r = try VigiaProcess.run(["--snapshot", "--format", "json", "--as-of", asOf, "--db", db,
                                          "--indicator", "mx.homicides.crimes"])
            let crimes = try #require(try Self.json(r)["mx.homicides.crimes"])
            return (crimes["geography"] as? [String: Any]).map { [$0["to"] as? String ?? ""] } ?? []
        }
        // The breakdown by state follows what was public: January from 2024-02-20, February from 2024-03-20.
        #expect(try periods("2024-02-19") == [])
        #expect(try periods("2024-03-01") == ["2024-01"])
        #expect(try periods("2024-03-20") == ["2024-02"])
    }

    @Test func asOfReadsTheValuesKnownAtThatDate() throws {
        let dir = try TemporaryDirectory()
        let config = try dir.copyOfBundledConfig()
        for file in try FileManager.default.contentsOfDirectory(atPath: config.appendingPathComponent("data").path)
        where file.hasSuffix(".csv") {
            try FileManager.default.removeItem(at: config.appendingPathComponent("data/\(file)"))
        }
        func release(_ name: String, march: Int) throws -> String {
            var csv = "indicator,period,value,geo,source,note\n"
            for m in 1...12 { csv += "mx.homicides.crimes,2023-\(m < 10 ? "0" : "")\(m),\(1000 + m),MX,test,\n" }
            csv += "mx.homicides.crimes,2024-01,1100,MX,test,\nmx.homicides.crimes,2024-02,1100,MX,test,\n"
            csv += "mx.homicides.crimes,2024-03,\(march),MX,test,\n"
            let url = dir.url.appendingPathComponent(name)
            try csv.write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
        let db = dir.url.appendingPathComponent("vigia.sqlite").path
        let common = ["--db", db, "--config", config.path]
        #expect(try VigiaProcess.run(["import", try release("april.csv", march: 1200), "--vintage", "2024-04-10"] + common).status == 0)
        let may = try VigiaProcess.run(["import", try release("may.csv", march: 1250), "--vintage", "2024-05-10"] + common)
        #expect(may.stdout.contains("observations revised:   1"))
        func latest(_ asOf: String) throws -> [String: Any]? {
            let r = try VigiaProcess.run(["--snapshot", "--format", "json", "--as-of", asOf] + common)
            return try Self.json(r)["mx.homicides.crimes"]?["latest"] as? [String: Any]
        }
        #expect(try latest("2024-04-30")?["value"] as? Int == 1200)
        #expect(try latest("2024-05-31")?["value"] as? Int == 1250)
        #expect(try latest("2024-02-29")?["period"] as? String == "2024-02")
    }

    /// A report names the batch of a figure by its file and SHA-256, never by who imported it or
    /// when: two imports of the same file, by different runs, give the same report.
    @Test func reportsNameAFiguresBatchByFileAndHashOnly() throws {
        let dir = try TemporaryDirectory()
        let file = dir.url.appendingPathComponent("fgr_2023.csv")
        try """
            indicator,period,value,geo,source,note,published
            mx.extraditions,2023,70,MX,FGR annual report 2023,Mexican nationals only (FGR),2024-02-15

            """.write(to: file, atomically: true, encoding: .utf8)
        let digest = Process(), pipe = Pipe()
        digest.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        digest.arguments = ["sha256sum", file.path]
        digest.standardOutput = pipe
        try digest.run()
        let sha = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).prefix(64)
        digest.waitUntilExit()
        var reports: [String] = []
        for name in ["a.sqlite", "b.sqlite"] {
            let db = dir.url.appendingPathComponent(name).path
            #expect(try VigiaProcess.run(["import", file.path, "--db", db, "--vintage", "2024-02-15"]).status == 0)
            reports.append(try VigiaProcess.run(["--snapshot", "--format", "json", "--as-of", "2024-06-30", "--db", db]).stdout)
            Thread.sleep(forTimeInterval: 1.1)  // another import time
        }
        #expect(reports[0] == reports[1])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(reports[0].utf8)) as? [String: Any])
        let indicators = try #require(json["indicators"] as? [[String: Any]])
        let extraditions = try #require(indicators.first { $0["id"] as? String == "mx.extraditions" })
        let batch = (extraditions["latest"] as? [String: Any])?["batch"] as? [String: Any]
        #expect(batch?["file"] as? String == "fgr_2023.csv")
        #expect(batch?["sha256"] as? String == String(sha))
        #expect(batch?.count == 2)
    }
}
