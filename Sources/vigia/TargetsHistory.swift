import ArgumentParser
import Foundation
import VigiaConfig
import VigiaCore
import VigiaRender

/// `vigia targets history ID`: how one indicator's target was revised, in order.
struct TargetsHistory: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history",
                                                    abstract: "Every revision of one indicator's target, in order.")
    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("The indicator id, e.g. mx.homicides.", valueName: "id")) var id: String

    func run() throws {
        let settings = common.resolve()
        let catalog = try settings.loadCatalog()
        let c = RenderContext(language: settings.language, glyphs: .unicode)
        guard let indicator = catalog.indicators.first(where: { $0.id == id }) else {
            throw CLIError.input("vigia: error: " + RevisionRefusal.unknownIndicator(id, suggestion: nil).message(settings.language))
        }
        guard let t = catalog.targets[id] else {
            throw CLIError.input("vigia: error: " + RevisionRefusal.noTarget(id).message(settings.language))
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
        try Terminal.output(out.joined(separator: "\n") + "\n", c.language)
    }
}
