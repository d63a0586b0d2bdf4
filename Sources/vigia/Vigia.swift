import ArgumentParser
import Foundation
import VigiaConfig
import VigiaCore
import VigiaRender
import VigiaStore

/// `vigia`: the dashboard; `vigia --snapshot`: the report, headless.
struct Vigia: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigia",
        abstract: "Oversight dashboard for U.S.–Mexico security cooperation.",
        subcommands: [Validate.self, Import.self])

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
        let (stored, store) = try common.storedObservations(loaded, asOf: asOf)
        let observations = NationalFigures.completing(stored.complete)
        let dashboard = Dashboard.evaluate(catalog, observations: observations, asOf: asOf)
        let geography = GeographySection(rankings: StateRanking.rankings(stored.complete, asOf: asOf),
                                         names: (try? store.geoNames()) ?? [:])
        if !snapshot.snapshot {
            Terminal.error(common.language == .es
                ? "vigia: la interfaz interactiva aún no está disponible; se muestra la instantánea de texto"
                : "vigia: the interactive dashboard is not available yet; printing the text snapshot")
        }
        let report = snapshot.format.render(dashboard, language: common.language, geography: geography)
        try OutputFile.write(report, to: snapshot.output)
    }
}

/// The `--snapshot` options of the root command.
struct SnapshotOptions: ParsableArguments {
    @Flag(help: "Write the report instead of opening the dashboard.")
    var snapshot = false

    @Option(help: "Report format: text or json.")
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
    case text, json

    func render(_ dashboard: Dashboard, language: Language, geography: GeographySection = .empty) -> String {
        switch self {
        case .text: PlainTextReport.render(dashboard, language: language) + geography.text(dashboard, language: language)
        case .json: JSONReport.render(dashboard, language: language, geography: geography)
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
