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
