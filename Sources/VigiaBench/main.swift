import Foundation
import VigiaConfig
import VigiaCore
import VigiaRender
import VigiaTerminal

// vigia-bench: figures for docs/performance.md. Not a test: it prints, it does not judge.
// Usage: swift run -c release vigia-bench [--config DIR] [--runs N]

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
}
let configDirectory = option("--config") ?? "Config"
let runs = option("--runs").flatMap(Int.init) ?? 200
let asOf = CalendarDate("2026-06-30")!

var results: [Measurement] = []
var loaded: LoadedConfig!
results.append(Measurement.time("load config (bundled)", runs: max(5, runs / 10)) {
    loaded = try! ConfigLoader.load(directory: configDirectory)
})
var dashboard: Dashboard!
results.append(Measurement.time("evaluate dashboard (bundled)", runs: runs) {
    dashboard = Dashboard.evaluate(loaded.catalog, observations: loaded.observations, asOf: asOf)
})

let context = RenderContext(language: .en, glyphs: .unicode)
for (name, screen) in [("overview", ScreenKind.overview), ("detail", .detail), ("help", .help)] {
    var state = ViewState(screen: screen, selectedID: "mx.homicides")
    results.append(Measurement.time("render \(name) 200x60", runs: runs) {
        _ = Screen.render(dashboard, state: &state, width: 200, height: 60, context: context)
    })
}

// A keypress to a finished frame: the key logic plus a full render (the terminal diff aside).
var state = ViewState(screen: .overview)
let navigator = Navigator(dashboard: dashboard, language: .en, pageRows: 50)
var toggle = false
results.append(Measurement.time("key (j/k) -> frame, overview 200x60", runs: runs) {
    toggle.toggle()
    _ = navigator.apply(toggle ? .down : .up, to: &state)
    _ = Screen.render(dashboard, state: &state, width: 200, height: 60, context: context)
})
var detailState = ViewState(screen: .detail, selectedID: "mx.homicides")
results.append(Measurement.time("key (l) -> frame, detail 200x60", runs: runs) {
    _ = navigator.apply(.right, to: &detailState)
    _ = Screen.render(dashboard, state: &detailState, width: 200, height: 60, context: context)
})
results.append(Measurement.time("text snapshot, width 100", runs: max(5, runs / 10)) {
    _ = TextReport.render(dashboard, width: 100, context: context)
})

print("scenario".padding(toLength: 44, withPad: " ", startingAt: 0) + "median".leftPadded(10) + "min".leftPadded(10) + "max".leftPadded(10))
for r in results { print(r.tableRow) }
print(String(format: "peak memory (this process): %.1f MB", peakMemoryMB()))
print("")
for r in results { print(r.jsonLine) }

// Evaluation at municipal scale (synthetic, seeded): 10,000 monthly series of 128 months, each
// assessed (seasonal trend, progress, control chart, change points) and flagged.
func municipalSeries(count: Int, months: Int) -> [[Observation]] {
    var state: UInt64 = 0x9E3779B97F4A7C15
    func random() -> Double {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Double(state >> 11) / Double(1 << 53)
    }
    return (0..<count).map { i in
        let level = 5 + random() * 60, slope = (random() - 0.5) * 0.02
        return (0..<months).map { m in
            let season = 1 + 0.15 * sin(Double(m % 12) / 12 * 2 * .pi)
            let value = max(0, (level * season * (1 + slope * Double(m)) + (random() - 0.5) * level * 0.4).rounded())
            return Observation(indicator: "mx.homicides", period: Period.month(2015, 1).advanced(by: m), value: value,
                               geo: "MX-\(i)", source: "synthetic")
        }
    }
}
let municipal = municipalSeries(count: 10_000, months: 128)
let homicides = loaded.catalog.indicators.first { $0.id == "mx.homicides" }!
let municipalTarget = Target(indicator: "mx.homicides", baseline: PeriodValue(period: .year(2019), value: 400),
                             history: [TargetRevision(agreed: CalendarDate("2021-10-08")!,
                                                      target: PeriodValue(period: .year(2030), value: 200), forum: "bench")],
                             illustrative: true)
if arguments.contains("--fingerprint") {
    print("bundled", Fingerprint.of(dashboard.assessments))
    for target in [municipalTarget, nil] {
        let all = municipal.map { series in
            let a = Assessor(indicator: homicides, target: target, asOf: asOf, control: RuleSettings.defaults.control).assess(series)
            return a
        }
        let flagged = all.map { a in (a, FlagEvaluator.flags(FlagContext(assessment: a, asOf: asOf), settings: .defaults, decisions: [])) }
        print(target == nil ? "no target" : "target", Fingerprint.of(all), Fingerprint.flags(flagged.flatMap(\.1)))
    }
    exit(0)
}
let evaluation = Measurement.time("evaluate 10,000 municipal series (total)", runs: 5, warmup: 1) {
    for series in municipal {
        let a = Assessor(indicator: homicides, target: municipalTarget, asOf: asOf, control: RuleSettings.defaults.control)
            .assess(series)
        _ = FlagEvaluator.flags(FlagContext(assessment: a, asOf: asOf), settings: .defaults, decisions: [])
    }
}
print(evaluation.tableRow)
print(String(format: "per series: %.1f µs (median)", evaluation.median * 1000 / Double(municipal.count)))
let assessOnly = Measurement.time("assess only (no flags), 10,000 series", runs: 5, warmup: 1) {
    for series in municipal {
        _ = Assessor(indicator: homicides, target: municipalTarget, asOf: asOf, control: RuleSettings.defaults.control)
            .assess(series)
    }
}
print(assessOnly.tableRow)
let points = municipal.map { $0.map(TimePoint.init) }
let trendOnly = Measurement.time("seasonal trend only, 10,000 series", runs: ProcessInfo.processInfo.environment["TREND_RUNS"].flatMap(Int.init) ?? 5, warmup: 1) {
    for series in points { _ = TrendTest.seasonal(series, period: 12) }
}
print(trendOnly.tableRow)
