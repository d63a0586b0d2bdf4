import ArgumentParser
import Foundation
import VigiaConfig
import VigiaCore
import VigiaRender
import VigiaStore

/// `vigia import FILE…`: load official releases into the store, one transaction per file.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import official data files into the store (SESNSP, CDC VSRR, CBP, long CSV).",
        discussion: """
            Each file is one transaction: a fatal problem leaves the database as it was (exit 1); \
            rows with errors are reported by line and skipped, the others are kept. Re-importing a \
            file changes nothing. Which raw categories feed which indicator is declared in the \
            'import' blocks of Config/indicators.yaml.
            """)

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("The files to import.", valueName: "file"), completion: .file())
    var files: [String]

    @Option(help: "The file format.")
    var format: FormatChoice = .auto

    @Flag(name: .customLong("dry-run"), help: "Read and compare with the store, report, write nothing.")
    var dryRun = false

    @Option(help: ArgumentHelp("The date the release was published (YYYY-MM-DD): its figures count as known from then (default: today). Rows of a long CSV with a 'published' date keep their own.",
                               valueName: "date"))
    var vintage: CalendarDate?

    func run() throws {
        // The first file's hash starts now, on another core, while the configuration loads and
        // the store opens (at municipal scale the hash is as long as a third of the import).
        let firstHash = files.first.map { BackgroundHash(path: $0) }
        defer { firstHash?.abandon() }
        let settings = common.resolve()
        let language = settings.language
        let config = try settings.loadConfig()
        let store = try settings.openStore()
        try settings.verify(store)
        try settings.seed(store, from: config)
        let importSettings = ImportSettings(config.catalog)
        var failures = 0
        for (index, file) in files.enumerated() {
            let request = ImportRequest(path: file, format: format.format, dryRun: dryRun,
                                        vintage: vintage ?? settings.today, importedAt: Clock.timestamp(),
                                        hash: index == 0 ? firstHash : nil)
            let summary: ImportSummary
            do {
                summary = try store.importFile(request, settings: importSettings)
            } catch {
                failures += 1
                Terminal.error(Sanitizer.clean(error.formatted(file: file, language)))
                Terminal.error(language == .es ? "\(file): no se importó nada; la base de datos no cambió"
                                               : "\(file): nothing imported; the database is unchanged")
                continue
            }
            // File names and row problems quote the data: cleaned of control characters. The
            // import has committed by now: a failure to print it is reported, after the fact.
            try Terminal.output(Sanitizer.clean(summary.render(language)), language)
            let issues = summary.renderIssues(path: file, language)
            if !issues.isEmpty { Terminal.error(Sanitizer.clean(issues)) }
        }
        guard failures == 0 else {
            throw CLIError.input(language == .es
                ? "vigia: \(failures) de \(files.count) archivos no se importaron"
                : "vigia: \(failures) of \(files.count) files were not imported")
        }
    }
}
