import ArgumentParser
import Foundation
import VigiaConfig
import VigiaCore
import VigiaRender

/// `vigia targets list`: every indicator with its baseline and the target in force.
struct TargetsList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list",
                                                    abstract: "Every indicator: baseline, target in force, agreed date, forum.")
    @OptionGroup var common: CommonOptions

    func run() throws {
        let settings = common.resolve()
        let catalog = try settings.loadCatalog()
        let c = RenderContext(language: settings.language, glyphs: .unicode)
        let date = settings.asOf
        let header = [c.text(.indicator), c.text(.baseline), c.text(.target), c.text(.agreed), c.text(.forum), ""]
        let rows: [[String]] = catalog.indicators.map { indicator in
            guard let t = catalog.targets[indicator.id] else { return [indicator.id, "—", "—", "", "", ""] }
            let inForce = t.effective(asOf: date)
            return [indicator.id, "\(t.baseline.period)  \(Format.number(t.baseline.value))",
                    inForce.map { "\($0.target.period)  \(Format.number($0.target.value))" } ?? "—",
                    inForce?.agreed.description ?? "", inForce?.forum ?? "", t.illustrative ? c.text(.illustrative) : ""]
        }
        try Terminal.output(Columns.render([header] + rows), settings.language)
    }
}
