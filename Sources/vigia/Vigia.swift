import ArgumentParser
import Foundation
import VigiaConfig
import VigiaCore
import VigiaRender
import VigiaTerminal
import VigiaStore

/// `vigia`: the dashboard; `vigia --snapshot`: the report, headless.
struct Vigia: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigia",
        abstract: "Oversight dashboard for U.S.–Mexico security cooperation.",
        subcommands: [Validate.self, Targets.self, Import.self])

    @OptionGroup var common: CommonOptions
    @OptionGroup var snapshot: SnapshotOptions

    func validate() throws {
        if !(40...1000).contains(snapshot.width) { throw ValidationError("--width must be between 40 and 1000") }
        if let since = snapshot.since, since >= (common.asOf ?? .today()) {
            throw ValidationError("--since must be before the as-of date")
        }
    }

    func run() throws {
        let loader = DashboardLoader(common: common, asOf: common.asOf ?? .today(), indicators: snapshot.indicators)
        let source = try loader.load()
        let dashboard = try loader.evaluate(source)
        let changes = try snapshot.since.map {
            ChangeSet(before: try loader.evaluate(source, at: $0), after: dashboard, revisions: loader.revisions(source))
        }
        if snapshot.snapshot {
            return try write(dashboard, format: snapshot.format, width: snapshot.width, changes: changes)
        }
        if let problem = TerminalApp.terminalProblem() {
            Terminal.error(common.language == .es
                ? "vigia: sin terminal interactiva (\(problem)); se imprime la instantánea de texto"
                : "vigia: no interactive terminal (\(problem)); printing the text snapshot instead")
            return try write(dashboard, format: .text, width: Self.columns ?? snapshot.width, changes: changes)
        }
        let options = TerminalApp.Options(language: common.language, forceASCII: snapshot.ascii,
                                          noColor: ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false)
        let app = TerminalApp(source: DashboardSource(watchedFolder: common.configDirectory, load: loader.reload),
                              initial: dashboard, options: options)
        let status = try app.run()
        if status != 0 { throw ExitCode(status) }
    }

    private func write(_ dashboard: Dashboard, format: SnapshotFormat, width: Int, changes: ChangeSet?) throws {
        let context = RenderContext(language: common.language, glyphs: snapshot.ascii ? .ascii : .unicode)
        let report = format.render(dashboard, width: width, context: context,
                                   color: snapshot.color.enabled(writingTo: snapshot.output), changes: changes)
        try OutputFile.write(report, to: snapshot.output)
        // The report is written first: a scheduled job keeps it even when the exit code is 3.
        if let failure = FailOn.failure(snapshot.failOn, in: dashboard, language: common.language) {
            throw failure
        }
    }

    /// `$COLUMNS` when set and sensible, for the fallback snapshot.
    static var columns: Int? {
        ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init).flatMap { $0 >= 40 ? $0 : nil }
    }
}

/// The `--snapshot` options of the root command.
struct SnapshotOptions: ParsableArguments {
    @Flag(help: "Write the report instead of opening the dashboard.")
    var snapshot = false

    @Option(help: "Report format: text, markdown, json, csv or html.")
    var format: SnapshotFormat = .text

    @Option(help: "Text width in columns.")
    var width = 100

    @Option(help: "Write to this file (atomically) instead of stdout.")
    var output: String?

    @Option(help: "Add a section on what changed since this date (YYYY-MM-DD): statuses, flags, targets, data.")
    var since: CalendarDate?

    @Option(name: .customLong("indicator"), help: "Only this indicator (repeatable).")
    var indicators: [String] = []

    @Option(name: .customLong("fail-on"),
            help: "Exit 3 (after writing the report) when an unaddressed flag of this kind is open: moving-away, off-pace or any-flag (repeatable).")
    var failOn: [FailOn] = []

    @Flag(help: "ASCII only: no box drawing or braille.")
    var ascii = false

    @Option(help: "Colour in the text report: auto (a terminal, unless NO_COLOR), always, never.")
    var color: ColorChoice = .never

}

enum SnapshotFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json, csv, html

    func render(_ dashboard: Dashboard, width: Int, context: RenderContext, color: Bool, changes: ChangeSet?) -> String {
        switch self {
        case .text: TextReport.render(dashboard, width: width, context: context, color: color, changes: changes)
        case .markdown: MarkdownReport.render(dashboard, context: context, changes: changes)
        case .json: JSONReport.render(dashboard, language: context.language, changes: changes)
        case .csv: CSVReport.render(dashboard, language: context.language, changes: changes)
        case .html: HTMLReport.render(dashboard, context: context, changes: changes)
        }
    }
}

/// Writes a report to stdout, or to a file atomically: a reader never sees half a report.
enum OutputFile {
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            Terminal.output(text)
            return
        }
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            throw CLIError.input("vigia: error: \(error)")
        }
    }
}

/// When the text report carries ANSI colour.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    func enabled(writingTo output: String?) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: output == nil && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        }
    }
}
