import Foundation
import Testing
@testable import VigiaCore
@testable import VigiaRender
@testable import VigiaTerminal

/// The whole event loop in process, against a scripted terminal: what an official types, and what
/// the frames then show.
struct EventLoopTests {
    static let dashboard = NavigatorTests.dashboard
    /// 12:03:05 local time, today: the clock the reload notice reads.
    static let noon: Date = {
        var parts = DateComponents()
        (parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second) = (2026, 6, 30, 12, 3, 5)
        return Calendar.current.date(from: parts)!
    }()

    /// Runs `script` on a scripted 120×40 terminal; `load` answers reloads.
    static func run(_ script: [ScriptedBackend.Step], width: Int = 120, height: Int = 40,
                    load: @escaping @Sendable () throws -> Dashboard = { EventLoopTests.dashboard },
                    changedAt: Set<Int> = [], clock: @escaping () -> Date = { EventLoopTests.noon })
        -> (status: Int32, backend: ScriptedBackend, app: TerminalApp) {
        let backend = ScriptedBackend(width: width, height: height, script: script)
        nonisolated(unsafe) var step = -1
        backend.beforeStep = { step = $0 }
        let app = TerminalApp(source: DashboardSource(watchedFolder: "/nonexistent", load: load), initial: dashboard,
                              options: .init(language: .en, forceASCII: false, noColor: false),
                              changed: { changedAt.contains(step) }, clock: clock)
        let status = app.run(on: backend, unicode: true)
        return (status, backend, app)
    }

    static func text(_ backend: ScriptedBackend) -> String { backend.lastFrame?.text ?? "" }

    @Test func quitByKeyByF10ByASignalOrWhenTheTerminalGoes() {
        #expect(Self.run([.key(.character("q"))]).status == 0)
        #expect(Self.run([.key(.down), .key(.function(10))]).status == 0)
        #expect(Self.run([.key(.down), .signal(SIGINT)]).status == 128 + SIGINT)
        #expect(Self.run([.hangUp]).status == 128 + SIGHUP)
        #expect(Self.run([]).status == 128 + SIGTERM, "a script that runs out ends as a SIGTERM would")
    }

    @Test func aBadEditShowsItsFirstProblemInTheCurrentLanguageAndAGoodOneClearsIt() {
        final class Loads: @unchecked Sendable { var count = 0 }
        let loads = Loads()
        let load: @Sendable () throws -> Dashboard = {
            loads.count += 1
            if loads.count == 1 {
                throw LoadFailure(firstProblem: LocalizedText(en: "targets.yaml:3:5: error: unknown key 'valeu'",
                                                              es: "targets.yaml:3:5: error: clave desconocida 'valeu'"))
            }
            return EventLoopTests.dashboard
        }
        // The folder changes after step 1 (a bad edit) and after step 3 (the fix); L in between.
        let (status, backend, app) = Self.run([.idle, .idle, .key(.character("L")), .idle, .idle, .key(.character("q"))],
                                              load: load, changedAt: [1, 3])
        #expect(status == 0)
        let frames = backend.frames.map(\.text)
        #expect(frames.contains { $0.contains(" targets.yaml:3:5: error: unknown key 'valeu'") })
        #expect(frames.contains { $0.contains(" targets.yaml:3:5: error: clave desconocida 'valeu'") }, "the banner follows L")
        #expect(!Self.text(backend).contains("valeu"), "the fixed edit clears the banner")
        #expect(app.state.banner == nil)
        #expect(app.options.language == .es)
    }

    @Test func reloadOnRequestSaysWhenAndF1OpensHelp() {
        let (_, backend, _) = Self.run([.key(.function(5)), .key(.character("q"))])
        #expect(backend.frames.last!.text.contains("reloaded 12:03:05"))
        let help = Self.run([.key(.function(1)), .key(.character("q"))])
        #expect(Self.text(help.backend).contains("Vigía Help"))
    }

    /// A steward's import lands while the dashboard is open: it reloads on its own and says what
    /// came, from whom and when, in the language shown.
    @Test func newDataInTheStoreReloadsAndSaysWhoImportedWhat() {
        final class Loads: @unchecked Sendable { var count = 0 }
        let loads = Loads()
        let backend = ScriptedBackend(width: 120, height: 40, script: [.idle, .idle, .key(.character("L")), .idle, .key(.character("q"))])
        nonisolated(unsafe) var step = -1
        backend.beforeStep = { step = $0 }
        let app = TerminalApp(source: DashboardSource(watchedFolder: "/nonexistent", load: { loads.count += 1; return Self.dashboard }),
                              initial: Self.dashboard, options: .init(language: .en, forceASCII: false, noColor: false),
                              changed: { false },
                              newData: { step == 1 ? .newData(file: "sesnsp_estatal_2026.csv", by: "maria", at: "12:03:05") : nil },
                              clock: { Self.noon })
        #expect(app.run(on: backend, unicode: true) == 0)
        #expect(loads.count == 1)
        let frames = backend.frames.map(\.text)
        #expect(frames.contains { $0.contains("new data: sesnsp_estatal_2026.csv, imported by maria at 12:03:05") })
        #expect(!frames.contains { $0.contains("datos nuevos:") }, "a key clears the notice")
    }

    /// A slow reload (a million data rows took seconds) runs on another thread: keys keep moving
    /// the selection meanwhile, and the loaded dashboard replaces the old one when it is ready.
    @Test func aSlowReloadDoesNotFreezeTheKeys() {
        let release = DispatchSemaphore(value: 0), loaded = DispatchSemaphore(value: 0)
        let load: @Sendable () throws -> Dashboard = {
            release.wait()
            defer { loaded.signal() }
            throw LoadFailure(firstProblem: LocalizedText(en: "indicators.yaml:1:1: error: slow and wrong", es: "x"))
        }
        let backend = ScriptedBackend(width: 120, height: 40,
                                      script: [.idle, .key(.down), .key(.down), .idle, .idle, .key(.character("q"))])
        nonisolated(unsafe) var step = -1
        backend.beforeStep = { n in
            step = n
            if n == 3 { release.signal(); loaded.wait(); Thread.sleep(forTimeInterval: 0.05) }
        }
        let app = TerminalApp(source: DashboardSource(watchedFolder: "/nonexistent", load: load), initial: Self.dashboard,
                              options: .init(language: .en, forceASCII: false, noColor: false),
                              changed: { step == 0 }, clock: { Self.noon }, reloadInBackground: true)
        #expect(app.run(on: backend, unicode: true) == 0)
        let frames = backend.frames.map(\.text)
        let whileLoading = frames.prefix { !$0.contains("slow and wrong") }
        #expect(whileLoading.contains { $0.contains("reloading…") })
        #expect(whileLoading.count >= 3, "the two keys were drawn while the load ran")
        #expect(Set(whileLoading).count >= 3, "and each moved the selection")
        #expect(Self.text(backend).contains("indicators.yaml:1:1: error: slow and wrong"))
    }

    @Test func anUnknownKeySaysSo() {
        let (_, backend, _) = Self.run([.key(.character("z")), .key(.character("q"))])
        #expect(Self.text(backend).contains("that key does nothing here: ? for help"))
    }

    @Test func resizeRedrawsAtTheNewSize() {
        let (_, backend, _) = Self.run([.resize(width: 80, height: 24), .key(.character("q"))])
        #expect(backend.lastFrame?.width == 80 && backend.lastFrame?.height == 24)
        let tiny = Self.run([.resize(width: 60, height: 20), .key(.character("q"))])
        #expect(Self.text(tiny.backend).contains("60×20"))
    }

    @Test func aClickSelectsADoubleClickOpens() {
        // Rows: header, status line, table header, goal A, "two", "one", goal B, "three".
        var clock = Self.noon
        let (_, backend, app) = Self.run([.key(.mouse(x: 5, y: 5, button: .left)), .key(.character("q"))])
        #expect(app.state.screen == .overview)
        #expect(app.state.selectedID == "one")
        _ = backend
        let double = Self.run([.key(.mouse(x: 5, y: 5, button: .left)), .key(.mouse(x: 5, y: 5, button: .left)),
                               .key(.character("q"))], clock: { defer { clock += 0.1 }; return clock })
        #expect(double.app.state.screen == .detail)
        #expect(double.app.state.selectedID == "one")
    }

    @Test func escapeGoesBackToTheScreenBeforeWithItsScroll() {
        let keys: [Key] = [.enter, .pageDown, .character("f"), .escape]
        let (_, _, app) = Self.run(keys.map { .key($0) } + [.key(.character("q"))], height: 24)
        #expect(app.state.screen == .detail)
        #expect(app.state.scroll > 0, "the Detail keeps its scroll")
        let help = Self.run([.key(.enter), .key(.pageDown), .key(.character("?")), .key(.escape), .key(.character("q"))], height: 24)
        #expect(help.app.state.screen == .detail && help.app.state.scroll > 0)
    }

    @Test func aLongPageSaysWhereItIs() {
        let (_, backend, _) = Self.run([.key(.enter), .key(.character("q"))], height: 24)
        #expect(Self.text(backend).range(of: #" 1–\d+/\d+"#, options: .regularExpression) != nil)
    }
}
