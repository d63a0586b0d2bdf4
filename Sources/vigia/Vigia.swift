import ArgumentParser
import Foundation
import VigiaCore
import VigiaRender
import VigiaTerminal

/// `vigia`: the dashboard; `vigia --snapshot`: the report, headless.
struct Vigia: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigia",
        abstract: "Oversight dashboard for U.S.-Mexico security cooperation.",
        discussion: """
            Without --snapshot, vigia opens the interactive dashboard; without a usable terminal \
            it prints the text report instead and says why on stderr. With --snapshot it writes the \
            report and exits.

            The configuration is the folder given by --config, else $VIGIA_CONFIG, else the first \
            of these that exists: ./Config in the current folder; Config beside the executable; \
            ../share/vigia/Config from the executable's folder (symbolic links resolved); \
            $XDG_CONFIG_HOME/vigia (default ~/.config/vigia). When there is none, vigia lists every \
            place it looked and exits 1.

            The database is --db, else $VIGIA_DB, else ./data/vigia.sqlite when the current folder \
            has a Config/ (a checkout), else $XDG_DATA_HOME/vigia/vigia.sqlite (default \
            ~/.local/share/vigia/vigia.sqlite). It is created on first use, and every file of the \
            configuration's data/ folder not yet in it is loaded on start.

            Exit status: 0 ok; 1 bad input or runtime error; 2 usage error; 3 a --fail-on \
            condition holds. NO_COLOR turns colour off; COLUMNS sets the width of the fallback \
            text report.
            """,
        version: "vigia \(Version.number)",
        subcommands: [Validate.self, Targets.self, Import.self, Batches.self])

    @OptionGroup var common: CommonOptions
    @OptionGroup var snapshot: SnapshotOptions

    func validate() throws {
        if !(40...1000).contains(snapshot.width) { throw ValidationError("--width must be between 40 and 1000") }
    }

    func run() throws {
        let settings = common.resolve()
        // Checked here rather than in validate(), where the as-of date is not resolved yet; the
        // error is the same usage error (exit 2).
        if let since = snapshot.since, since >= settings.asOf {
            throw ValidationError("--since must be before the as-of date")
        }
        let loader = DashboardLoader(settings: settings, indicators: snapshot.indicators)
        let source = try loader.load()
        let dashboard = try PlaceSelection(snapshot.geos).apply(to: try loader.evaluate(source), language: settings.language)
        let changes = try snapshot.since.map {
            ChangeSet(before: try PlaceSelection(snapshot.geos).apply(to: try loader.evaluate(source, at: $0), language: settings.language),
                      after: dashboard, revisions: loader.revisions(source))
        }
        if snapshot.snapshot {
            return try write(dashboard, format: snapshot.format, width: snapshot.width, changes: changes, language: settings.language)
        }
        if let problem = TerminalApp.terminalProblem() {
            Terminal.error(settings.language == .es
                ? "vigia: sin terminal interactiva (\(problem)); se imprime la instantánea de texto"
                : "vigia: no interactive terminal (\(problem)); printing the text snapshot instead")
            return try write(dashboard, format: .text, width: Self.columns ?? snapshot.width, changes: changes,
                             language: settings.language)
        }
        let options = TerminalApp.Options(language: settings.language, forceASCII: snapshot.ascii,
                                          noColor: ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false)
        let watch = try? source.store.batchWatch()
        let app = TerminalApp(source: DashboardSource(watchedFolder: try settings.configDirectory(), load: loader.reload),
                              initial: dashboard, options: options, newData: { watch.flatMap(NewDataNotice.next) },
                              reloadInBackground: true)
        let status = try app.run()
        if status != 0 { throw ExitCode(status) }
    }

    private func write(_ dashboard: Dashboard, format: SnapshotFormat, width: Int, changes: ChangeSet?,
                       language: Language) throws {
        // A text report for a terminal whose locale is not UTF-8 folds to ASCII, as the TUI does.
        let ascii = snapshot.ascii || (format == .text && snapshot.output == nil && !TerminalApp.localeIsUTF8())
        let context = RenderContext(language: language, glyphs: ascii ? .ascii : .unicode)
        let report = format.render(dashboard, width: width, context: context,
                                   color: snapshot.color.enabled(writingTo: snapshot.output), changes: changes)
        try OutputFile.write(report, to: snapshot.output, language: language)
        // The report is written first: a scheduled job keeps it even when the exit code is 3.
        if let failure = FailOn.failure(snapshot.failOn, in: dashboard, language: language) {
            throw failure
        }
    }

    /// `$COLUMNS` when set and sensible, for the fallback snapshot.
    static var columns: Int? {
        ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init).flatMap { $0 >= 40 ? $0 : nil }
    }
}
