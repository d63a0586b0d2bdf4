import ArgumentParser
import VigiaCore
import VigiaRender

/// The report formats of `--snapshot --format`, each drawn by its renderer in VigiaRender.
enum SnapshotFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json, csv, html

    static var allValueDescriptions: [String: String] {
        ["text": "The Overview, then every Detail, as on screen.",
         "markdown": "A status table, then a section per indicator with its chart.",
         "json": "The machine-readable snapshot (schema vigia.snapshot/1).",
         "csv": "One row per indicator with stable columns, for spreadsheets and scripts.",
         "html": "One self-contained file (inline CSS and SVG), readable on screen and on paper."]
    }

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
