import ArgumentParser
import VigiaCore
import VigiaRender

/// The report formats of `--snapshot --format`, each drawn by its renderer in VigiaRender.
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
