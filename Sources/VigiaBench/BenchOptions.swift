import Foundation
import VigiaCore

/// The command line of vigia-bench.
///
///     vigia-bench [--config DIR] [--runs N] [--db FILE] [--export FILE] [--series N] [--as-of DATE] [--fingerprint] [--long-word]
///
/// `--db` adds the scenarios on the municipal series of a store (what `Benchmarks/run.sh`
/// imports); `--export` writes those series, with Vigía's seasonal test of each, for the
/// pymannkendall peer; `--series` sets the synthetic series count (10,000); `--long-word` runs
/// only the text snapshot with an 800,000-character word (issue 17).
struct BenchOptions {
    var config = "Config"
    var runs = 200
    var database: String?
    var export: String?
    var syntheticSeries = 10_000
    var asOf = CalendarDate(year: 2026, month: 6, day: 30)!
    var fingerprint = false
    var longWordOnly = false

    init(_ arguments: [String]) {
        func value(_ name: String) -> String? {
            arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
        }
        config = value("--config") ?? config
        runs = value("--runs").flatMap(Int.init) ?? runs
        database = value("--db")
        export = value("--export")
        syntheticSeries = value("--series").flatMap(Int.init) ?? syntheticSeries
        asOf = value("--as-of").flatMap { CalendarDate($0) } ?? asOf
        fingerprint = arguments.contains("--fingerprint")
        longWordOnly = arguments.contains("--long-word")
    }

    /// Runs of the scenarios that take a whole second or more.
    var longRuns: Int { max(3, min(5, runs / 10)) }
}
