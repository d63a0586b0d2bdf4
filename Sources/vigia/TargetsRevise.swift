import ArgumentParser
import Foundation
import VigiaConfig
import VigiaCore
import VigiaRender
import VigiaStore

/// `vigia targets revise ID …`: record a revision the committee agreed, in `targets.yaml`.
struct TargetsRevise: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revise",
        abstract: "Append a revision to Config/targets.yaml (the rest of the file is left byte for byte).")
    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("The indicator id, e.g. mx.homicides.", valueName: "id")) var id: String
    @Option(help: ArgumentHelp("The new target value.", valueName: "number")) var value: String
    @Option(help: ArgumentHelp("The period the target is for: YYYY, YYYY-Qn or YYYY-MM, e.g. 2030.", valueName: "period"))
    var by: String
    @Option(help: ArgumentHelp("The date the committee agreed it (YYYY-MM-DD).", valueName: "date")) var agreed: CalendarDate
    @Option(help: ArgumentHelp("Where it was agreed, e.g. Security Implementation Group.", valueName: "text")) var forum: String
    @Option(help: ArgumentHelp("Why the target changed.", valueName: "text")) var rationale: String
    @Flag(help: "This is the committee's own figure: drop `illustrative` from the target.")
    var committeeFigure = false

    func run() throws {
        let settings = common.resolve()
        let language = settings.language
        guard case .number(let number) = NumberSyntax.parse(value) else {
            throw CLIError.input("vigia: error: " + InputProblem.notANumber(value).message(language))
        }
        guard let period = Period(by) else {
            throw CLIError.input("vigia: error: " + InputProblem.badPeriod(by).message(language))
        }
        let directory = try settings.configDirectory()
        let path = directory + "/targets.yaml"
        let revision = ProposedRevision(indicator: id, value: number, period: period, agreed: agreed, forum: forum,
                                        rationale: rationale, committeeFigure: committeeFigure)
        // Read, check and write under the folder's lock: a revision recorded meanwhile by
        // another `revise` is read here, not overwritten.
        do {
            try FolderLock.exclusive(directory) { try record(revision, in: directory, settings: settings) }
        } catch let failure as FolderLock.Failure {
            throw CLIError.input("vigia: error: " + failure.message(language))
        }
        try Terminal.output(language == .es
            ? "\(path): revisión registrada para \(id): \(Format.number(number)) (\(period)), acordada el \(agreed) en \(forum)\n"
            : "\(path): revision recorded for \(id): \(Format.number(number)) (\(period)), agreed \(agreed) at \(forum)\n", language)
    }

    /// Appends the revision to the file as it is now, checks that the result loads, and writes
    /// it unless the file changed in between (an edit by hand is not locked out).
    private func record(_ revision: ProposedRevision, in directory: String, settings: RunSettings) throws {
        let language = settings.language
        let path = directory + "/targets.yaml"
        let loaded = try settings.loadConfig()
        let bytes = FileManager.default.contents(atPath: path) ?? Data()
        let original = String(decoding: bytes, as: UTF8.self)
        let revised: String
        do {
            revised = try TargetsEditor.append(revision, to: original, catalog: loaded.catalog, today: settings.today)
            _ = try ConfigLoader.load(directory: directory, replacing: ["targets.yaml": revised])
        } catch let refusal as RevisionRefusal {
            throw CLIError.input("vigia: error: " + refusal.message(language))
        } catch let error as ConfigError {
            throw CLIError.input("vigia: error: " + RevisionRefusal.invalidResult(error.formatted(language)).message(language))
        }
        do {
            try AtomicFile.write(revised, to: path, unchangedFrom: bytes)
        } catch {
            throw CLIError.input("vigia: error: " + error.message(language))
        }
    }
}
