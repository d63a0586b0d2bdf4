import Foundation
import VigiaCore

// vigia-bench: the in-process figures of docs/performance.md (Benchmarks/run.sh runs it with the
// municipal store, beside the whole-process timings and the peers). It prints, it does not judge:
// a readable table, then one JSON line per scenario.

// `vigia-bench generate …` writes the synthetic municipal file instead (Generate/).
if CommandLine.arguments.dropFirst().first == "generate" {
    GenerateCommand.run(Array(CommandLine.arguments.dropFirst(2)))
}

let options = BenchOptions(Array(CommandLine.arguments.dropFirst()))
if options.fingerprint {
    Fingerprint.print(options)
    exit(0)
}
if let count = options.evaluateOnly {
    print("flags raised:", Scenarios.evaluateOnly(options, count: count))
    exit(0)
}
if let runs = options.evaluateStoreRuns {
    guard let database = options.database else {
        FileHandle.standardError.write(Data("vigia-bench: --evaluate-store needs --db FILE\n".utf8))
        exit(2)
    }
    do {
        print(try Scenarios.evaluateStore(options, database: database, runs: runs).jsonLine)
    } catch {
        FileHandle.standardError.write(Data("vigia-bench: \(database): \(error)\n".utf8))
        exit(1)
    }
    exit(0)
}
if options.framesOnly != nil {
    print(Measurement.tableHeader)
    for r in Scenarios.framesOnly(options) { print(r.tableRow) }
    exit(0)
}
if options.longWordOnly {
    let result = Scenarios.longWord(options)
    print(Measurement.tableHeader)
    print(result.tableRow)
    exit(0)
}
if let rows = options.longCSVRows {
    let results = LongDataScenario.run(options, rows: rows, folder: options.scratch)
        + ReloadKeysScenario.run(config: options.scratch + "/Config", rows: rows, asOf: options.asOf)
    print(Measurement.tableHeader)
    for r in results { print(r.tableRow) }
    print(String(format: "peak memory (this process): %.1f MB", peakMemoryMB()))
    print("scratch config and store left in \(options.scratch)")
    exit(0)
}
var (loaded, results) = Scenarios.bundled(options)
results += Scenarios.synthetic(options, catalog: loaded.config.catalog)
if let database = options.database {
    do {
        results += try Scenarios.stored(options, catalog: loaded.config.catalog, database: database)
        results += try PlacesScenario.run(options, loaded: loaded, database: database)
    } catch {
        FileHandle.standardError.write(Data("vigia-bench: \(database): \(error)\n".utf8))
        exit(1)
    }
}
print(Measurement.tableHeader)
for r in results { print(r.tableRow) }
print(String(format: "peak memory (this process): %.1f MB", peakMemoryMB()))
print("")
for r in results { print(r.jsonLine) }
