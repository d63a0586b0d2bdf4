import VigiaCore

/// The text snapshot: the Overview screen, then each indicator's Detail screen, exactly as the
/// TUI draws them. Plain text by default; ANSI colour on request.
public enum TextReport {
    public static func render(_ dashboard: Dashboard, width: Int, context: RenderContext, color: Bool = false,
                              changes: ChangeSet? = nil) -> String {
        var pages = [Screen.overviewPage(dashboard, width: width, context: context)]
        if let changes { pages.append(ChangeTables(changes, context: context).page(width: width, context: context)) }
        for a in dashboard.assessments {
            pages.append(DetailScreen.page(a, width: width, chartHeight: DetailScreen.chartHeight(forScreenHeight: nil),
                                           context: context))
            if let t = a.places {
                pages.append(PlacesScreen.page(PlacesModel(t, sort: .rate, reversed: false, filter: ""),
                                               width: width, context: context))
            }
        }
        let separator = String(repeating: context.glyphs.horizontal, count: width)
        return pages.map { color ? ANSIText.render($0) : $0.text }.joined(separator: "\n\n" + separator + "\n\n") + "\n"
    }
}
