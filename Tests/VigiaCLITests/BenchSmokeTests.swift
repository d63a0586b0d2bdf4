import Foundation
import Testing

/// The benchmark at tiny scale, so that it does not rot: Benchmarks/run.sh runs the same
/// vigia-bench scenarios on the full municipal file (docs/performance.md).
struct BenchSmokeTests {
    static let bench = VigiaProcess.binary.deletingLastPathComponent().appendingPathComponent("vigia-bench")

    @Test func everyScenarioRunsOnATinyMunicipalStoreAndPrintsItsFigures() throws {
        let dir = try TemporaryDirectory()
        let csv = dir.url.appendingPathComponent("idm.csv").path, db = dir.url.appendingPathComponent("v.sqlite").path
        let series = dir.url.appendingPathComponent("series.tsv").path
        let truth = dir.url.appendingPathComponent("idm.json")
        let generated = try Self.run(Self.bench, ["generate", "--out", csv, "--expected", truth.path, "--scale", "0.004",
                                                  "--first-year", "2019", "--config", Self.config])
        #expect(generated.status == 0, "\(generated.stderr)")
        let imported = try VigiaProcess.run(["import", csv, "--db", db, "--vintage", "2025-09-20"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: truth)) as? [String: Any])["rows"] as? Int
        #expect(imported.stdout.contains("rows read:              \(try #require(rows))"), "\(imported.stdout)")

        let run = try Self.run(Self.bench, ["--runs", "2", "--series", "40", "--db", db, "--export", series])
        #expect(run.status == 0, "\(run.stderr)")
        let json = run.stdout.split(separator: "\n").filter { $0.hasPrefix("{") }
        let scenarios = try json.map { line -> String in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["median"] is Double && object["min"] is Double && object["max"] is Double && object["peakMB"] is Double)
            return try #require(object["scenario"] as? String)
        }
        for expected in ["evaluate 40 synthetic municipal series", "render overview 200x60 (40 rows)",
                         "render detail 200x60 (40 rows)", "key (j/k) -> overview frame 200x60 (40 rows)",
                         "read municipal series from the store", "text snapshot, width 100 (bundled)"] {
            #expect(scenarios.contains(expected), "\(expected) missing from \(scenarios)")
        }
        #expect(scenarios.contains { $0.hasPrefix("evaluate ") && $0.hasSuffix("municipal series (store)") })
        let exported = try String(contentsOfFile: series, encoding: .utf8).split(separator: "\n")
        #expect(!exported.isEmpty && exported.allSatisfy { $0.split(separator: "\t").count == 6 })
        // The test auto chose for each series, which the peer then runs.
        #expect(exported.allSatisfy { ["seasonal-mann-kendall", "correlated-seasonal"].contains(String($0.split(separator: "\t")[1])) })
        #expect(scenarios.contains { $0.hasPrefix("trend test auto picks only") })

        // The store's evaluation alone, for turns interleaved with another build: one JSON line;
        // without a store to read, an error that says so.
        let alone = try Self.run(Self.bench, ["--evaluate-store", "2", "--db", db, "--config", Self.config])
        #expect(alone.status == 0, "\(alone.stderr)")
        let line = try #require(try JSONSerialization.jsonObject(with: Data(alone.stdout.utf8)) as? [String: Any])
        #expect((line["scenario"] as? String)?.hasSuffix("municipal series (store)") == true, "\(line)")
        #expect(line["runs"] as? Int == 2 && line["perItemUs"] is [String: Any], "\(line)")
        let noStore = try Self.run(Self.bench, ["--evaluate-store", "2", "--config", Self.config])
        #expect(noStore.status == 2 && noStore.stderr.contains("--evaluate-store needs --db FILE"), "\(noStore.stderr)")
        let empty = try Self.run(Self.bench, ["--evaluate-store", "2", "--db", dir.url.appendingPathComponent("none.sqlite").path,
                                              "--config", Self.config])
        #expect(empty.status == 1 && empty.stdout.isEmpty, "\(empty.stdout)")
        #expect(empty.stderr.contains("no municipal series of mx.homicides.crimes in this store"), "\(empty.stderr)")
    }

    /// `vigia-bench generate`'s command line: mistakes are named and exit 2 before anything is
    /// written; the rest of vigia-bench's options are untouched by it.
    @Test func generateRejectsBadArgumentsWithAMessageAndExitTwo() throws {
        let dir = try TemporaryDirectory()
        let out = dir.url.appendingPathComponent("x.csv").path
        let cases: [([String], String)] = [
            ([], "--out FILE is required"),
            (["--out"], "--out needs a value"),
            (["--out", out, "--scale", "lots"], "--scale must be a number"),
            (["--out", out, "--scale", "0"], "--scale must be a number above 0"),
            (["--out", out, "--scale", "2"], "codes allow at most 997"),
            (["--out", out, "--seed", "-1"], "--seed must be a whole number"),
            (["--out", out, "--last-month", "13"], "--last-month must be 1 to 12"),
            (["--out", out, "--first-year", "2026"], "--first-year 2026 is after --last-year 2025"),
            (["--out", out, "--encoding", "latin1"], "--encoding must be cp1252 or utf-8-sig"),
            (["--out", out, "--rows", "5"], "unknown option '--rows'"),
            (["--out", out, "extra"], "unexpected argument 'extra'"),
        ]
        for (arguments, message) in cases {
            let result = try Self.run(Self.bench, ["generate"] + arguments + ["--config", Self.config])
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message) && result.stderr.contains("usage: vigia-bench generate"),
                    "\(arguments): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: out))
        let help = try Self.run(Self.bench, ["generate", "--help"])
        #expect(help.status == 0 && help.stdout.contains("usage: vigia-bench generate"))
        let badConfig = try Self.run(Self.bench, ["generate", "--out", out, "--config", dir.url.appendingPathComponent("none").path])
        #expect(badConfig.status == 1 && badConfig.stderr.contains("does not exist"), "\(badConfig.stderr)")
    }

    /// The bundled configuration, for the runs of vigia-bench (whose default is ./Config).
    static var config: String { VigiaProcess.root.appendingPathComponent("Config").path }

    /// The scripts around it at least parse.
    @Test func theBenchmarkScriptsCompile() throws {
        let benchmarks = VigiaProcess.root.appendingPathComponent("Benchmarks")
        let scripts = ["report.py", "measure.py", "tui_latency.py", "peers/duckdb_import.py", "peers/mk_seasonal.py"]
        try Self.python(["-m", "py_compile"] + scripts.map { benchmarks.appendingPathComponent($0).path })
        #expect(try Self.run(URL(fileURLWithPath: "/bin/bash"), ["-n", benchmarks.appendingPathComponent("run.sh").path]).status == 0)
    }

    static func python(_ arguments: [String]) throws {
        let result = try run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-B"] + arguments)
        guard result.status == 0 else { throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: result.stderr]) }
    }

    static func run(_ executable: URL, _ arguments: [String]) throws -> VigiaProcess.Result {
        let process = Process(), out = Pipe(), err = Pipe()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return VigiaProcess.Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                                   stderr: String(decoding: stderr, as: UTF8.self))
    }
}
