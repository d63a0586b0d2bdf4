import Foundation
import VigiaCore
import VigiaRender

/// Where the dashboard comes from, and how to say what went wrong loading it.
public struct DashboardSource: Sendable {
    /// Loads and evaluates; throws a `LoadFailure` whose message goes in the banner.
    public let load: @Sendable () throws -> Dashboard
    /// The folder whose edits trigger a reload.
    public let watchedFolder: String

    public init(watchedFolder: String, load: @escaping @Sendable () throws -> Dashboard) {
        self.watchedFolder = watchedFolder
        self.load = load
    }
}

/// A reload that did not work: the first problem (`file:line: message`) in both languages, so the
/// banner follows a language switch.
public struct LoadFailure: Error {
    public let firstProblem: LocalizedText

    public init(firstProblem: LocalizedText) { self.firstProblem = firstProblem }
}

/// The interactive dashboard: draws the shared screens, reads keys, follows config edits, and
/// always gives the terminal back. The terminal, the watcher and the clock are handed in, so the
/// whole loop runs in tests against a scripted terminal.
public final class TerminalApp {
    public struct Options: Sendable {
        public var language: Language
        public var forceASCII: Bool
        public var noColor: Bool

        public init(language: Language, forceASCII: Bool, noColor: Bool) {
            self.language = language
            self.forceASCII = forceASCII
            self.noColor = noColor
        }
    }

    private let source: DashboardSource
    public private(set) var options: Options
    /// The dashboard shown, with its Overview rows worked out once per sort, filter and language.
    private var models: OverviewModels
    /// Whether the shown dashboard's municipalities are being read ahead (after its first frame).
    private var prefetched = false
    public private(set) var state = ViewState()
    /// True once after an edit under the watched folder.
    private let changed: () -> Bool
    /// A batch someone recorded in the store since the last call, as a notice; nil when none.
    private let newData: () -> Notice?
    private let clock: () -> Date
    /// Loads on another thread when set (the real terminal); in place otherwise (tests that
    /// assert what a reload shows on the next frame).
    private let background: BackgroundReload?
    private var lastClick: (x: Int, y: Int, at: Date)?
    /// How often the config folder is checked, in milliseconds (edits show within a second).
    static let tick: Int32 = 250
    /// Two clicks on one cell closer than this are a double click.
    static let doubleClick: TimeInterval = 0.4

    public init(source: DashboardSource, initial: Dashboard, options: Options, changed: (() -> Bool)? = nil,
                newData: @escaping () -> Notice? = { nil }, clock: @escaping () -> Date = Date.init,
                reloadInBackground: Bool = false) {
        self.source = source
        self.newData = newData
        background = reloadInBackground ? BackgroundReload(load: source.load) : nil
        self.options = options
        self.models = OverviewModels(initial)
        if let changed {
            self.changed = changed
        } else {
            var watcher = ConfigWatcher(folder: source.watchedFolder)
            self.changed = { watcher.changed() }
        }
        self.clock = clock
    }

    /// Whether the process can run the TUI here; the reason when it cannot.
    public static func terminalProblem() -> String? {
        do {
            try NcursesBackend.checkUsable()
            return nil
        } catch {
            return error.description
        }
    }

    /// Runs in the real terminal until `q` or a quit signal; returns the exit status.
    public func run() throws -> Int32 {
        setlocale(LC_ALL, "")
        let backend = try NcursesBackend(noColor: options.noColor)
        defer { backend.restore() }
        return run(on: backend, unicode: !options.forceASCII && Self.localeIsUTF8())
    }

    /// The event loop on any terminal: draw when something changed, read a key (or time out and
    /// check the config folder), until `q`, F10 or a signal (128 + the signal).
    public func run(on backend: TerminalBackend, unicode: Bool) -> Int32 {
        var dirty = true
        while true {
            if backend.quitSignal != 0 { return 128 + backend.quitSignal }
            if backend.terminalGone { return 128 + SIGHUP }
            if changed() { reload(); dirty = true }
            if let notice = newData() {
                pendingNotice = notice
                reload()
                dirty = true
            }
            if let done = background?.take() {
                apply(done.result, announce: done.announce)
                dirty = true
            }
            let (width, height) = backend.size
            if dirty {
                let context = RenderContext(language: options.language, glyphs: unicode ? .unicode : .ascii)
                backend.draw(Screen.render(models, state: &state, width: width, height: height, context: context))
                dirty = false
                if !prefetched { prefetchMunicipalities(models.dashboard) }
            }
            guard let key = backend.readKey(timeout: Self.tick) else { continue }
            dirty = true
            if key == .resize { backend.invalidate(); continue }
            state.notice = nil
            let navigator = Navigator(models: models, language: options.language, pageRows: max(1, height - 6))
            switch navigator.apply(clicks(key), to: &state) {
            case .none: break
            case .quit: return 0
            case .reload: reload(announce: true)
            case .switchLanguage: options.language = options.language == .en ? .es : .en
            case .unknownKey: state.notice = .unknownKey
            }
        }
    }

    /// A left click on the cell clicked just before is a double click.
    private func clicks(_ key: Key) -> Key {
        guard case .mouse(let x, let y, .left) = key else { return key }
        let now = clock()
        defer { lastClick = (x, y, now) }
        if let last = lastClick, last.x == x, last.y == y, now.timeIntervalSince(last.at) < Self.doubleClick {
            lastClick = nil
            return .mouse(x: x, y: y, button: .double)
        }
        return key
    }

    /// What a load brought by new data in the store says once it is shown.
    private var pendingNotice: Notice?

    /// Loads again (on another thread when the app has one; the screen keeps working meanwhile).
    private func reload(announce: Bool = false) {
        guard let background else { return apply(Result { try source.load() }, announce: announce) }
        background.request(announce: announce)
        if state.notice == nil || announce { state.notice = .reloading }
    }

    /// The first frame does not wait for the municipalities' own figures (the dashboard has their
    /// sums); they are read on another thread once it is drawn, so opening them seldom waits. Not in tests
    /// (no background loads there): what they draw stays the same either way.
    private func prefetchMunicipalities(_ dashboard: Dashboard) {
        prefetched = true
        guard background != nil else { return }
        let places = dashboard.geography.places
        DispatchQueue.global(qos: .utility).async { places.prefetchMunicipalities() }
    }

    /// A finished load: on failure keeps the last good dashboard and shows the first problem.
    /// Asked for (`r`, F5), a success says so with the time; new data in the store, who brought it.
    private func apply(_ result: Result<Dashboard, any Error>, announce: Bool) {
        if state.notice == .reloading, background?.busy != true { state.notice = nil }
        switch result {
        case .success(let dashboard):
            models = OverviewModels(dashboard)
            prefetched = false
            state.banner = nil
            if announce { state.notice = .reloaded(Self.time(clock())) }
            if let notice = pendingNotice { state.notice = notice }
        case .failure(let failure as LoadFailure):
            state.banner = failure.firstProblem
        case .failure(let error):
            let text = String(describing: error)
            state.banner = LocalizedText(en: text, es: text)
        }
        pendingNotice = nil
    }

    /// `12:03:05`, local time.
    public static func time(_ date: Date) -> String {
        var t = time_t(date.timeIntervalSince1970)
        var parts = tm()
        localtime_r(&t, &parts)
        return [parts.tm_hour, parts.tm_min, parts.tm_sec].map { String(format: "%02d", $0) }.joined(separator: ":")
    }

    /// Whether the user's locale (LC_ALL, LC_CTYPE, LANG) is UTF-8.
    public static func localeIsUTF8() -> Bool {
        setlocale(LC_CTYPE, "")
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
