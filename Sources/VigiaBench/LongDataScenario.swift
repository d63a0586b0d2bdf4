import Foundation
import VigiaCore
import VigiaStore

/// Issue 17, row 17: a 1 M-row long CSV in `Config/data`. The configuration is copied to a
/// scratch folder with the file added (left there, with its store, for whole-process timings of
/// `vigia --snapshot --config DIR/Config --db DIR/vigia.sqlite`); then the loading is timed as a
/// first run does it (read and validate everything, seed the store) and as every later run does
/// (the store holds the file: it is neither read nor validated again).
enum LongDataScenario {
    static let fileName = "zz_bench_long.csv"

    static func run(_ options: BenchOptions, rows: Int, folder: String) -> [Measurement] {
        let config = folder + "/Config", database = folder + "/vigia.sqlite"
        prepare(from: options.config, into: config, rows: rows, database: database)
        var results: [Measurement] = []
        var loaded: BundledConfig!
        results.append(Measurement.time("load config with a \(rows)-row data file (validate, first run)", runs: 3, warmup: 0) {
            loaded = BundledConfig(directory: config)
        })
        results.append(Measurement.time("seed the store with it (first run)", runs: 1, warmup: 0) {
            let store = try! Store(path: database)
            _ = try! store.seed(loaded.data.files, vintage: options.asOf, importedAt: "2026-06-30T00:00:00Z")
        })
        loaded = nil
        results.append(Measurement.time("load config and open the store, already seeded (every later run)", runs: 3, warmup: 0) {
            let again = BundledConfig(directory: config, held: HeldFiles(databasePath: database))
            precondition(try! Store.reader(path: database, files: again.data.files) != nil, "the store should serve as it is")
        })
        return results
    }

    /// The bundled YAML and data, plus `rows` rows of `mx.homicides.crimes` over 100,000
    /// municipalities (ten months each, so every row is a distinct figure).
    private static func prepare(from source: String, into config: String, rows: Int, database: String) {
        let manager = FileManager.default
        try? manager.removeItem(atPath: config)
        for suffix in ["", "-wal", "-shm"] { try? manager.removeItem(atPath: database + suffix) }
        try! manager.createDirectory(atPath: config + "/data", withIntermediateDirectories: true)
        for name in try! manager.contentsOfDirectory(atPath: source) where name.hasSuffix(".yaml") {
            try! manager.copyItem(atPath: source + "/" + name, toPath: config + "/" + name)
        }
        for name in try! manager.contentsOfDirectory(atPath: source + "/data") where name.hasSuffix(".csv") {
            try! manager.copyItem(atPath: source + "/data/" + name, toPath: config + "/data/" + name)
        }
        var text = "indicator,period,value,geo,source\n"
        text.reserveCapacity(rows * 60)
        for i in 0..<rows {
            let geo = String(100_000 + i / 10).dropFirst()
            text += "mx.homicides.crimes,2024-\(i % 10 < 9 ? "0" : "")\(i % 10 + 1),\(i % 997),MX-\(geo),synthetic bench\n"
        }
        try! text.write(toFile: config + "/data/" + fileName, atomically: true, encoding: .utf8)
    }
}
