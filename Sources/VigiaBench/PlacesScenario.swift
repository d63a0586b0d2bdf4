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
        let known = try store.observations(knownAt: options.asOf).complete + loaded.data.observations
        var dashboard: Dashboard!
        var results = [Measurement.time("evaluate dashboard, bundled + municipal store (\(known.count) figures)",
                                        runs: 3, warmup: 0) {
            dashboard = Dashboard.evaluate(loaded.config.catalog, observations: known, asOf: options.asOf)
        }]
        let context = RenderContext(language: .en, glyphs: .unicode)
        var state = ViewState(screen: .places, selectedID: indicator)
        state.placesParent = GeoCode.national(.MX).text
        state.placesLevel = .municipality
        var count = 0
        results.append(Measurement.time("open Places: every municipality (table built, sorted, first frame 200x60)",
                                        runs: max(5, options.runs / 10)) {
            let models = OverviewModels(dashboard)
            var fresh = state
            _ = Screen.render(models, state: &fresh, width: 200, height: 60, context: context)
            count = Screen.placesModel(models, fresh)?.rows.count ?? 0
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
        results.append(Measurement.time("open Places: municipalities of Oaxaca (table built, first frame)", runs: max(5, options.runs / 10)) {
            var fresh = oaxaca
            _ = Screen.render(OverviewModels(dashboard), state: &fresh, width: 200, height: 60, context: context)
        })
        return results
    }
}
