import Foundation
import VigiaCore
import VigiaRender
import VigiaStore
import VigiaTerminal

/// Issue 17, row 17 in the TUI: a configuration edit while the dashboard is open makes it load
/// the 1 M-row data file again. The load runs on another thread; this types a key every 20 ms
/// while it runs and times each key to its finished frame, as the event loop draws it.
enum ReloadKeysScenario {
    static func run(config: String, rows: Int, asOf: CalendarDate) -> [Measurement] {
        let initial = Dashboard.evaluate(BundledConfig(directory: config).config.catalog, observations: [], asOf: asOf)
        let span = LoadSpan()
        let load: @Sendable () throws -> Dashboard = {
            span.started = DispatchTime.now().uptimeNanoseconds
            defer { span.ended = DispatchTime.now().uptimeNanoseconds }
            let loaded = BundledConfig(directory: config)
            return Dashboard.evaluate(loaded.config.catalog, observations: loaded.data.observations, asOf: asOf)
        }
        let keys = 400  // 8 s of typing: longer than the reload (validation and a dashboard of 100,000 places)
        let backend = ScriptedBackend(width: 200, height: 60,
                                      script: [.idle] + Array(repeating: .key(.down), count: keys) + [.key(.character("q"))])
        var typed: [Int: UInt64] = [:]
        backend.beforeStep = { step in
            if step > 0 { Thread.sleep(forTimeInterval: 0.02) }
            typed[step] = DispatchTime.now().uptimeNanoseconds
        }
        let drawn = FrameClock(backend)
        let app = TerminalApp(source: DashboardSource(watchedFolder: "/nonexistent", load: load), initial: initial,
                              options: .init(language: .en, forceASCII: false, noColor: false),
                              changed: { typed.count == 1 }, reloadInBackground: true)
        _ = app.run(on: drawn, unicode: true)
        precondition(span.ended > span.started, "the reload should finish while the keys are typed")
        // Key n is followed by the frame drawn after it: the latency an official feels. Only the
        // keys typed while the load ran count.
        let latencies = (1...keys).compactMap { n -> Double? in
            guard let t = typed[n], t >= span.started, t < span.ended, let frame = drawn.times.first(where: { $0 >= t }) else { return nil }
            return Double(frame - t) / 1e6
        }
        return [Measurement(name: "TUI reload of the config with a \(rows)-row data file", unit: "ms",
                            samples: [Double(span.ended - span.started) / 1e6]),
                Measurement(name: "key -> frame 200x60 during that reload (\(latencies.count) keys)", unit: "ms", samples: latencies)]
    }
}

/// When the load on the other thread started and ended.
private final class LoadSpan: @unchecked Sendable {
    var started: UInt64 = 0
    var ended: UInt64 = 0
}

/// A terminal that records when each frame was finished.
private final class FrameClock: TerminalBackend {
    let inner: ScriptedBackend
    var times: [UInt64] = []

    init(_ inner: ScriptedBackend) { self.inner = inner }

    var size: (width: Int, height: Int) { inner.size }
    var quitSignal: Int32 { inner.quitSignal }
    var terminalGone: Bool { inner.terminalGone }
    func draw(_ buffer: Buffer) { inner.draw(buffer); times.append(DispatchTime.now().uptimeNanoseconds) }
    func invalidate() { inner.invalidate() }
    func restore() { inner.restore() }
    func readKey(timeout milliseconds: Int32) -> Key? { inner.readKey(timeout: milliseconds) }
}
