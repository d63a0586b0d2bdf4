import Foundation
import VigiaCore
import VigiaRender
import VigiaStore
import VigiaTerminal

/// The Places screen at municipal scale: the municipal store with the bundled data, evaluated as
/// the CLI does; then every municipality of Mexico opened as a Places table (built, sorted, first
/// frame at 200×60), a key to the next row, a change of sort, and one state's municipalities.
enum PlacesScenario {
    static let indicator = "mx.homicides.crimes"

    static func run(_ options: BenchOptions, loaded: BundledConfig, database: String) throws -> [Measurement] {
        let store = try Store(path: database)
        let stored = try store.dashboardFigures(knownAt: options.asOf)
        let known = stored.complete + loaded.data.observations
        func evaluate() -> Dashboard {
            Dashboard.evaluate(loaded.config.catalog, observations: known, asOf: options.asOf, municipal: stored.municipal)
        }
        var dashboard: Dashboard!
        let what = stored.municipal == nil ? "\(known.count) figures" : "\(known.count) figures and the municipal sums"
        var results = [Measurement.time("evaluate dashboard, bundled + municipal store (\(what))", runs: 3, warmup: 0) {
            dashboard = evaluate()
        }]
        let context = RenderContext(language: .en, glyphs: .unicode)
        var state = ViewState(screen: .places, selectedID: indicator)
        state.placesParent = GeoCode.national(.MX).text
        state.placesLevel = .municipality
        var count = 0
        // A dashboard reads its municipalities once: each open gets a dashboard of its own.
        let opens = max(5, options.runs / 10)
        var fresh = (0..<opens + 3).map { _ in evaluate() }
        results.append(Measurement.time("open Places: every municipality (read from the store, table built, sorted, first frame 200x60)",
                                        runs: opens) {
            let models = OverviewModels(fresh.removeLast())
            var opened = state
            _ = Screen.render(models, state: &opened, width: 200, height: 60, context: context)
            count = Screen.placesModel(models, opened)?.rows.count ?? 0
        })
        let models = OverviewModels(dashboard)
        _ = Screen.render(models, state: &state, width: 200, height: 60, context: context)
        let navigator = Navigator(models: models, language: .en, pageRows: 50)
        var toggle = false
        results.append(Measurement.time("key (j/k) -> Places frame 200x60, \(count) municipalities", runs: options.runs) {
            toggle.toggle()
            _ = navigator.apply(toggle ? .down : .up, to: &state)
            _ = Screen.render(models, state: &state, width: 200, height: 60, context: context)
        })
        results.append(Measurement.time("key (s) -> Places frame 200x60 sorted anew, \(count) municipalities", runs: options.runs) {
            _ = navigator.apply(.character("s"), to: &state)
            _ = Screen.render(models, state: &state, width: 200, height: 60, context: context)
        })
        var oaxaca = ViewState(screen: .places, selectedID: indicator)
        oaxaca.placesParent = GeoCode.mexicanState(20).text
        fresh = (0..<opens + 3).map { _ in evaluate() }
        results.append(Measurement.time("open Places: municipalities of Oaxaca (read from the store, table built, first frame)",
                                        runs: opens) {
            var opened = oaxaca
            _ = Screen.render(OverviewModels(fresh.removeLast()), state: &opened, width: 200, height: 60, context: context)
        })
        return results
    }
}
