import Foundation
import VigiaCore
import VigiaRender
import VigiaStore
import VigiaTerminal

/// The in-process scenarios: each returns its measurements; `main.swift` prints them.
enum Scenarios {
    /// The bundled configuration and data: load, evaluate, frames and keys, the text snapshot.
    static func bundled(_ options: BenchOptions) -> (BundledConfig, [Measurement]) {
        var results: [Measurement] = []
        var loaded: BundledConfig!
        results.append(Measurement.time("load config (bundled)", runs: max(5, options.runs / 10)) {
            loaded = BundledConfig(directory: options.config)
        })
        var dashboard: Dashboard!
        results.append(Measurement.time("evaluate dashboard (bundled)", runs: options.runs) {
            dashboard = Dashboard.evaluate(loaded.config.catalog, observations: loaded.data.observations, asOf: options.asOf)
        })
        results += frames(OverviewModels(dashboard), detailID: "mx.homicides", label: "bundled", runs: options.runs)
        let context = RenderContext(language: .en, glyphs: .unicode)
        results.append(Measurement.time("text snapshot, width 100 (bundled)", runs: max(5, options.runs / 10)) {
            _ = TextReport.render(dashboard, width: 100, context: context)
        })
        results.append(longWord(options))
        return (loaded, results)
    }

    /// The text snapshot when one indicator's description is a single 800,000-character word
    /// (a pasted blob, or an imported `source`): text layout must stay linear in the text.
    static func longWord(_ options: BenchOptions) -> Measurement {
        let path = options.config + "/indicators.yaml"
        let yaml = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let word = String(repeating: "x", count: 800_000)
        let anchor = "      en: \"Interdiction output."
        let edited = yaml.replacingOccurrences(of: anchor, with: "      en: \"\(word) Interdiction output.")
        let loaded = BundledConfig(directory: options.config, replacing: ["indicators.yaml": edited])
        let dashboard = Dashboard.evaluate(loaded.config.catalog, observations: loaded.data.observations, asOf: options.asOf)
        let context = RenderContext(language: .en, glyphs: .unicode)
        return Measurement.time("text snapshot, width 100, an 800,000-character word", runs: 3, warmup: 1) {
            _ = TextReport.render(dashboard, width: 100, context: context)
        }
    }

    /// Frames at 200×60: the Overview, a Detail page, and a key to each (key logic plus a full
    /// frame, the terminal's own diff aside), with the Overview's rows built once as the TUI does.
    static func frames(_ models: OverviewModels, detailID: String, label: String, runs: Int, only: String? = nil) -> [Measurement] {
        let context = RenderContext(language: .en, glyphs: .unicode)
        var results: [Measurement] = []
        func time(_ name: String, _ body: () -> Void) {
            guard only.map({ $0.isEmpty || name.contains($0) }) ?? true else { return }
            results.append(Measurement.time(name, runs: runs, body))
        }
        // The Overview's rows, built before the timings as the first frame builds them (the warm-up
        // runs would anyway): a profile of the frames then counts frames alone.
        _ = models.model(sort: .goal, filter: "", language: context.language)
        var overview = ViewState(screen: .overview)
        time("render overview 200x60 (\(label))") { FrameWork.overviewFrame(models, &overview, context) }
        var detail = ViewState(screen: .detail, selectedID: detailID)
        time("render detail 200x60 (\(label))") { FrameWork.detailFrame(models, &detail, context) }
        let navigator = Navigator(models: models, language: .en, pageRows: 50)
        var toggle = false
        time("key (j/k) -> overview frame 200x60 (\(label))") {
            toggle.toggle()
            FrameWork.overviewKey(toggle ? .down : .up, navigator, models, &overview, context)
        }
        time("key (l) -> detail frame 200x60 (\(label))") {
            FrameWork.detailKey(navigator, models, &detail, context)
        }
        return results
    }

    /// Evaluation per municipal series (synthetic), and a dashboard of one indicator per series
    /// for the frames: the Overview with that many rows.
    static func synthetic(_ options: BenchOptions, catalog: Catalog) -> [Measurement] {
        let indicator = catalog.indicators.first { $0.id == "mx.homicides.crimes" }!
        let municipal = MunicipalSeries.synthetic(indicator, count: options.syntheticSeries, months: 128)
        let n = municipal.count, targets = municipal.targets
        var results = [Measurement.time("evaluate \(n) synthetic municipal series", runs: options.longRuns, warmup: 1, items: n) {
            municipal.evaluate(targets: targets, asOf: options.asOf)
        }]
        let points = municipal.series.map { $0.map(TimePoint.init) }
        results.append(Measurement.time("seasonal trend test only, \(n) synthetic series", runs: options.longRuns, warmup: 1, items: n) {
            for p in points { _ = TrendTest.seasonal(p, period: 12) }
        })
        var dashboard: Dashboard!
        results.append(Measurement.time("evaluate dashboard of \(n) indicators", runs: max(1, options.longRuns - 2), warmup: 0, items: n) {
            dashboard = municipal.dashboard(goals: catalog.goals, asOf: options.asOf)
        })
        let context = RenderContext(language: .en, glyphs: .unicode)
        results.append(Measurement.time("first overview frame, \(n) rows (rows built)", runs: max(5, options.runs / 10)) {
            var state = ViewState()
            _ = Screen.render(OverviewModels(dashboard), state: &state, width: 200, height: 60, context: context)
        })
        let id = dashboard.assessments[dashboard.assessments.count / 2].indicator.id
        results += frames(OverviewModels(dashboard), detailID: id, label: "\(n) rows", runs: options.runs)
        return results
    }

    /// Only the frames: of the bundled dashboard, and of one indicator per synthetic series; with
    /// `--frames-only TEXT`, only the scenarios whose name contains TEXT.
    static func framesOnly(_ options: BenchOptions) -> [Measurement] {
        let loaded = BundledConfig(directory: options.config)
        let bundled = Dashboard.evaluate(loaded.config.catalog, observations: loaded.data.observations, asOf: options.asOf)
        let indicator = loaded.config.catalog.indicators.first { $0.id == "mx.homicides.crimes" }!
        let municipal = MunicipalSeries.synthetic(indicator, count: options.syntheticSeries, months: 128)
        let dashboard = municipal.dashboard(goals: loaded.config.catalog.goals, asOf: options.asOf)
        let id = dashboard.assessments[dashboard.assessments.count / 2].indicator.id
        return frames(OverviewModels(bundled), detailID: "mx.homicides", label: "bundled", runs: options.runs, only: options.framesOnly)
            + frames(OverviewModels(dashboard), detailID: id, label: "\(municipal.count) rows", runs: options.runs, only: options.framesOnly)
    }

    /// One evaluation of `count` synthetic municipal series, untimed: what a profiler should see.
    static func evaluateOnly(_ options: BenchOptions, count: Int) -> Int {
        let catalog = BundledConfig(directory: options.config).config.catalog
        let indicator = catalog.indicators.first { $0.id == "mx.homicides.crimes" }!
        let municipal = MunicipalSeries.synthetic(indicator, count: count, months: 128)
        return municipal.evaluate(targets: municipal.targets, asOf: options.asOf)
    }

    /// The store's municipal series evaluated `runs` times and nothing else: a short turn, so two
    /// builds can be timed in alternation while the machine's speed drifts.
    static func evaluateStore(_ options: BenchOptions, database: String, runs: Int) throws -> Measurement {
        let catalog = BundledConfig(directory: options.config).config.catalog
        let indicator = catalog.indicators.first { $0.id == "mx.homicides.crimes" }!
        let municipal = try MunicipalSeries.stored(indicator, store: try Store(path: database), asOf: options.asOf)
        // A time per series of no series is no figure: say so instead of printing one.
        guard municipal.count > 0 else { throw NoMunicipalSeries(indicator: indicator.id) }
        let targets = municipal.targets
        return Measurement.time("evaluate \(municipal.count) municipal series (store)", runs: runs, warmup: 2,
                                items: municipal.count) {
            municipal.evaluate(targets: targets, asOf: options.asOf)
        }
    }

    /// The municipal series of the store (what officials load), evaluated one by one, and
    /// optionally exported for the peer.
    static func stored(_ options: BenchOptions, catalog: Catalog, database: String) throws -> [Measurement] {
        let indicator = catalog.indicators.first { $0.id == "mx.homicides.crimes" }!
        let store = try Store(path: database)
        var municipal: MunicipalSeries!
        let read = Measurement.time("read municipal series from the store", runs: 3, warmup: 0) {
            municipal = try! MunicipalSeries.stored(indicator, store: store, asOf: options.asOf)
        }
        let n = municipal.count, targets = municipal.targets
        let evaluate = Measurement.time("evaluate \(n) municipal series (store)", runs: options.longRuns, warmup: 1, items: n) {
            municipal.evaluate(targets: targets, asOf: options.asOf)
        }
        let points = municipal.series.map { $0.map(TimePoint.init) }
        let trend = Measurement.time("seasonal trend test only, \(n) municipal series", runs: options.longRuns, warmup: 1, items: n) {
            for p in points { _ = TrendTest.seasonal(p, period: 12) }
        }
        let assessors = targets.map { Assessor(indicator: indicator, target: $0, asOf: options.asOf) }
        let chosen = Measurement.time("trend test auto picks only, \(n) municipal series", runs: options.longRuns, warmup: 1, items: n) {
            for (assessor, s) in zip(assessors, municipal.series) { _ = assessor.trend(s) }
        }
        if let export = options.export { try municipal.export(to: export, targets: targets, asOf: options.asOf) }
        return [read, evaluate, trend, chosen]
    }
}

/// `--evaluate-store` on a store without municipal series of the indicator it times.
struct NoMunicipalSeries: Error, CustomStringConvertible {
    let indicator: String
    var description: String { "no municipal series of \(indicator) in this store (import a municipal file first)" }
}
