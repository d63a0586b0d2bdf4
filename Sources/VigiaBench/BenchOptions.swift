import Foundation
import VigiaCore

/// The command line of vigia-bench.
///
///     vigia-bench [--config DIR] [--runs N] [--db FILE] [--export FILE] [--series N] [--as-of DATE] [--fingerprint] [--evaluate-only N] [--evaluate-store RUNS] [--frames-only [TEXT]] [--long-word] [--long-csv [ROWS]] [--scratch DIR]
///
/// `--db` adds the scenarios on the municipal series of a store (what `Benchmarks/run.sh`
/// imports); `--export` writes those series, with Vigía's seasonal test of each, for the
/// pymannkendall peer; `--series` sets the synthetic series count (10,000); `--long-word` runs
/// only the text snapshot with an 800,000-character word (issue 17); `--long-csv` only the loading of
/// a config with a 1,000,000-row data file (issue 17), in `--scratch` (default: the temporary folder);
/// `--evaluate-only N` only evaluates N synthetic municipal series, once: a run small enough for
/// callgrind (`--toggle-collect='*MunicipalSeries*evaluate*'` counts the evaluation alone);
/// `--evaluate-store RUNS` only times the evaluation of the `--db` store's municipal series, RUNS
/// times after two warm-ups, as one JSON line: a turn of a few seconds, for two builds timed in
/// alternation (the machine's speed drifts more than a change moves it);
/// `--frames-only [TEXT]` only the 200×60 frames, of the bundled dashboard and of `--series` rows,
/// or only those whose name contains TEXT: callgrind counts one of them with
/// `--frames-only 'render overview 200x60 (10000' --toggle-collect='*FrameWork*'`.
struct BenchOptions {
    var config = "Config"
    var runs = 200
    var database: String?
    var export: String?
    var syntheticSeries = 10_000
    var asOf = CalendarDate(year: 2026, month: 6, day: 30)!
    var fingerprint = false
    var longWordOnly = false
    /// `--frames-only`: the text scenario names must contain ("" for every frame); nil when not asked for.
    var framesOnly: String?
    /// Series of the `--evaluate-only` run; nil when not asked for.
    var evaluateOnly: Int?
    /// Runs of `--evaluate-store`: the store's municipal series evaluated alone, timed (for
    /// before/after pairs interleaved in short turns); nil when not asked for.
    var evaluateStoreRuns: Int?
    /// Rows of the `--long-csv` scenario; nil when not asked for.
    var longCSVRows: Int?
    var scratch = NSTemporaryDirectory() + "vigia-bench-long-csv"

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
        if let i = arguments.firstIndex(of: "--frames-only") {
            let next = arguments.indices.contains(i + 1) ? arguments[i + 1] : ""
            framesOnly = next.hasPrefix("--") ? "" : next
        }
        evaluateOnly = value("--evaluate-only").flatMap(Int.init)
        evaluateStoreRuns = value("--evaluate-store").flatMap(Int.init)
        if let i = arguments.firstIndex(of: "--long-csv") {
            longCSVRows = arguments.indices.contains(i + 1) ? Int(arguments[i + 1]) ?? 1_000_000 : 1_000_000
        }
        scratch = value("--scratch") ?? scratch
    }

    /// Runs of the scenarios that take a whole second or more.
    var longRuns: Int { max(3, min(5, runs / 10)) }
}
