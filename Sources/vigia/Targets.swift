import ArgumentParser
import Foundation
import VigiaConfig
import VigiaCore
import VigiaRender

/// `vigia targets`: the record of agreed targets, and how to add to it.
struct Targets: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List targets, show an indicator's target history, or record a revision.",
        subcommands: [TargetsList.self, TargetsHistory.self, TargetsRevise.self],
        defaultSubcommand: TargetsList.self)
}

struct TargetsList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list",
                                                    abstract: "Every indicator: baseline, target in force, agreed date, forum.")
    @OptionGroup var common: CommonOptions

    func run() throws {
        let catalog = try common.loadCatalog()
        let c = RenderContext(language: common.language, glyphs: .unicode)
        let date = common.asOf ?? .today()
        let header = [c.text(.indicator), c.text(.baseline), c.text(.target), c.text(.agreed), c.text(.forum), ""]
        let rows: [[String]] = catalog.indicators.map { indicator in
            guard let t = catalog.targets[indicator.id] else { return [indicator.id, "—", "—", "", "", ""] }
            let inForce = t.effective(asOf: date)
            return [indicator.id, "\(t.baseline.period)  \(Format.number(t.baseline.value))",
                    inForce.map { "\($0.target.period)  \(Format.number($0.target.value))" } ?? "—",
                    inForce?.agreed.description ?? "", inForce?.forum ?? "", t.illustrative ? c.text(.illustrative) : ""]
        }
        Terminal.output(Columns.render([header] + rows))
    }
}

struct TargetsHistory: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history",
                                                    abstract: "Every revision of one indicator's target, in order.")
    @OptionGroup var common: CommonOptions
    @Argument(help: "The indicator id, e.g. mx.homicides.") var id: String

    func run() throws {
        let catalog = try common.loadCatalog()
        let c = RenderContext(language: common.language, glyphs: .unicode)
        guard let indicator = catalog.indicators.first(where: { $0.id == id }) else {
            throw CLIError.input("vigia: error: " + RevisionRefusal.unknownIndicator(id, suggestion: nil).message(common.language))
        }
        guard let t = catalog.targets[id] else {
            throw CLIError.input("vigia: error: " + RevisionRefusal.noTarget(id).message(common.language))
        }
        var out = ["\(id) — \(Sanitizer.clean(indicator.name[c.language], keepNewlines: false))",
                   "\(c.text(.baseline)) \(t.baseline.period): \(Format.number(t.baseline.value))"
                       + (t.illustrative ? " (\(c.text(.illustrative)))" : ""), ""]
        var previous: PeriodValue?
        for revision in t.history {
            let now = "\(Format.number(revision.target.value)) (\(revision.target.period))"
            let change = previous.map { "\(Format.number($0.value)) (\($0.period)) → \(now)" } ?? "\(now)  [\(c.text(.original))]"
            out.append("\(revision.agreed)  \(Sanitizer.clean(revision.forum, keepNewlines: false))")
            out.append("            \(change)")
            if let why = revision.rationale { out.append("            \(Sanitizer.clean(why, keepNewlines: false))") }
            previous = revision.target
        }
        Terminal.output(out.joined(separator: "\n") + "\n")
    }
}

struct TargetsRevise: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revise",
        abstract: "Append a revision to Config/targets.yaml (the rest of the file is left byte for byte).")
    @OptionGroup var common: CommonOptions
    @Argument(help: "The indicator id.") var id: String
    @Option(help: "The new target value.") var value: String
    @Option(help: "The target period, e.g. 2030.") var by: String
    @Option(help: "The date the committee agreed it (YYYY-MM-DD).") var agreed: CalendarDate
    @Option(help: "Where it was agreed.") var forum: String
    @Option(help: "Why the target changed.") var rationale: String
    @Flag(help: "This is the committee's own figure: drop `illustrative` from the target.")
    var committeeFigure = false

    func run() throws {
        let language = common.language
        guard let number = Double(value), number.isFinite, value.allSatisfy({ $0.isNumber || "+-.eE".contains($0) }) else {
            throw CLIError.input("vigia: error: " + (language == .es ? "'\(value)' no es un número" : "'\(value)' is not a number"))
        }
        guard let period = Period(by) else {
            throw CLIError.input("vigia: error: " + ConfigProblem.badPeriod(by).message(language))
        }
        let loaded = try common.loadConfig()
        let path = common.configDirectory + "/targets.yaml"
        let original = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let revision = ProposedRevision(indicator: id, value: number, period: period, agreed: agreed, forum: forum,
                                        rationale: rationale, committeeFigure: committeeFigure)
        let revised: String
        do {
            revised = try TargetsEditor.append(revision, to: original, catalog: loaded.catalog)
            _ = try ConfigLoader.load(directory: common.configDirectory, replacing: ["targets.yaml": revised])
        } catch let refusal as RevisionRefusal {
            throw CLIError.input("vigia: error: " + refusal.message(language))
        } catch let error as ConfigError {
            throw CLIError.input("vigia: error: " + RevisionRefusal.invalidResult(error.formatted(language)).message(language))
        }
        do {
            try AtomicFile.write(revised, to: path)
        } catch {
            throw CLIError.input("vigia: error: \(error)")
        }
        Terminal.output(language == .es
            ? "\(path): revisión registrada para \(id): \(Format.number(number)) (\(period)), acordada el \(agreed) en \(forum)\n"
            : "\(path): revision recorded for \(id): \(Format.number(number)) (\(period)), agreed \(agreed) at \(forum)\n")
    }
}

/// Plain aligned columns for command output.
enum Columns {
    static func render(_ rows: [[String]]) -> String {
        let widths = (0..<(rows.map(\.count).max() ?? 0)).map { c in rows.map { c < $0.count ? TextWidth.of($0[c]) : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { TextWidth.pad(Sanitizer.clean($1, keepNewlines: false), to: widths[$0]) }
                .joined(separator: "  ").replacingOccurrences(of: " +$", with: "", options: .regularExpression)
        }.joined(separator: "\n") + "\n"
    }
}
