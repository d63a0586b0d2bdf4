import ArgumentParser
import Foundation
import VigiaConfig
import VigiaCore
import VigiaRender

/// `vigia`: the dashboard; `vigia --snapshot`: the report, headless.
struct Vigia: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigia",
        abstract: "Oversight dashboard for U.S.–Mexico security cooperation.",
        subcommands: [Validate.self])

    @OptionGroup var common: CommonOptions
    @OptionGroup var snapshot: SnapshotOptions

    func validate() throws {
        if snapshot.width < 40 { throw ValidationError("--width must be at least 40") }
    }

    func run() throws {
        let loaded = try common.loadConfig()
        let asOf = snapshot.asOf ?? .today()
        let ids = try snapshot.selectedIndicators(in: loaded.catalog)
        let catalog = Catalog(goals: loaded.catalog.goals,
                              indicators: loaded.catalog.indicators.filter { ids.contains($0.id) },
                              targets: Array(loaded.catalog.targets.values))
        let dashboard = Dashboard.evaluate(catalog, observations: loaded.observations, asOf: asOf)
        if !snapshot.snapshot {
            Terminal.error(common.language == .es
                ? "vigia: la interfaz interactiva aún no está disponible; se muestra la instantánea de texto"
                : "vigia: the interactive dashboard is not available yet; printing the text snapshot")
        }
        let context = RenderContext(language: common.language, glyphs: snapshot.ascii ? .ascii : .unicode)
        let report = snapshot.format.render(dashboard, width: snapshot.width, context: context,
                                            color: snapshot.color.enabled(writingTo: snapshot.output))
        try OutputFile.write(report, to: snapshot.output)
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

    @Option(name: .customLong("as-of"), help: "Assess as of this date (YYYY-MM-DD); later periods are ignored.")
    var asOf: CalendarDate?

    @Option(name: .customLong("indicator"), help: "Only this indicator (repeatable).")
    var indicators: [String] = []

    @Flag(help: "ASCII only: no box drawing or braille.")
    var ascii = false

    @Option(help: "Colour in the text report: auto (a terminal, unless NO_COLOR), always, never.")
    var color: ColorChoice = .never

    /// The requested indicators, all when none were named.
    func selectedIndicators(in catalog: Catalog) throws -> Set<String> {
        let known = catalog.indicators.map(\.id)
        for id in indicators where !known.contains(id) {
            throw CLIError.usage("vigia: error: unknown indicator '\(id)' (known: \(known.joined(separator: ", ")))")
        }
        return Set(indicators.isEmpty ? known : indicators)
    }
}

enum SnapshotFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json, csv, html

    func render(_ dashboard: Dashboard, width: Int, context: RenderContext, color: Bool) -> String {
        switch self {
        case .text: TextReport.render(dashboard, width: width, context: context, color: color)
        case .markdown: MarkdownReport.render(dashboard, context: context)
        case .json: JSONReport.render(dashboard, language: context.language)
        case .csv: CSVReport.render(dashboard, language: context.language)
        case .html: HTMLReport.render(dashboard, context: context)
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
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIError.input("vigia: error: cannot write \(path): \(error.localizedDescription)")
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
