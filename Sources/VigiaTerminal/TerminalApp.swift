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

/// A reload that did not work: the first problem, for the banner (`file:line: message`).
public struct LoadFailure: Error {
    public let firstProblem: String

    public init(firstProblem: String) { self.firstProblem = firstProblem }
}

/// The interactive dashboard: draws the shared screens, reads keys, follows config edits, and
/// always gives the terminal back.
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
    private var options: Options
    /// The dashboard shown, with its Overview rows worked out once per sort, filter and language.
    private var models: OverviewModels
    private var state = ViewState()
    private var watcher: ConfigWatcher
    /// How often the config folder is checked, in milliseconds (edits show within a second).
    static let tick: Int32 = 250

    public init(source: DashboardSource, initial: Dashboard, options: Options) {
        self.source = source
        self.options = options
        self.models = OverviewModels(initial)
        self.watcher = ConfigWatcher(folder: source.watchedFolder)
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

    /// Runs until `q` or a quit signal; returns the exit status (128 + signal for a signal).
    public func run() throws -> Int32 {
        setlocale(LC_ALL, "")
        let unicode = !options.forceASCII && Self.localeIsUTF8()
        let backend = try NcursesBackend(noColor: options.noColor)
        defer { backend.restore() }
        var dirty = true
        while true {
            if backend.quitSignal != 0 { return 128 + backend.quitSignal }
            if backend.terminalGone { return 128 + SIGHUP }
            if watcher.changed() { reload(); dirty = true }
            let (width, height) = backend.size
            let context = RenderContext(language: options.language, glyphs: unicode ? .unicode : .ascii)
            if dirty {
                backend.draw(Screen.render(models, state: &state, width: width, height: height, context: context))
                dirty = false
            }
            guard let key = backend.readKey(timeout: Self.tick) else { continue }
            dirty = true
            if key == .resize { backend.invalidate(); continue }
            let navigator = Navigator(models: models, language: options.language, pageRows: max(1, height - 6))
            switch navigator.apply(key, to: &state) {
            case .none: break
            case .quit: return 0
            case .reload: reload()
            case .switchLanguage: options.language = options.language == .en ? .es : .en
            }
        }
    }

    /// Loads again; on failure keeps the last good dashboard and shows the first problem.
    private func reload() {
        do {
            models = OverviewModels(try source.load())
            state.banner = nil
        } catch let failure as LoadFailure {
            state.banner = failure.firstProblem
        } catch {
            state.banner = String(describing: error)
        }
    }

    static func localeIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
