import VigiaCore

/// Draws the whole terminal picture for a dashboard and a view state: the one entry point the
/// TUI calls every frame, and the text snapshot calls once per page.
public enum Screen {
    /// Where the picture goes: a terminal (footer with key hints) or a report (no key hints).
    public enum Mode: Sendable { case terminal, report }

    /// The first row below the header and the status line.
    public static let bodyTop = 2
    /// Rows above the Overview's footer for the selected indicator: who it is, then why its status.
    static let reasonRows = 3

    public static func render(_ dashboard: Dashboard, state: inout ViewState, width: Int, height: Int,
                              context: RenderContext, mode: Mode = .terminal) -> Buffer {
        render(OverviewModels(dashboard), state: &state, width: width, height: height, context: context, mode: mode)
    }

    /// The same, for a dashboard drawn frame after frame: its Overview rows come from `models`.
    public static func render(_ models: OverviewModels, state: inout ViewState, width: Int, height: Int,
                              context: RenderContext, mode: Mode = .terminal) -> Buffer {
        let dashboard = models.dashboard
        var buffer = Buffer(width: width, height: height, asciiOnly: !context.glyphs.unicode)
        guard width >= TooSmallScreen.minimumWidth, height >= TooSmallScreen.minimumHeight || mode == .report else {
            TooSmallScreen.render(into: &buffer, context: context)
            return buffer
        }
        let reason = mode == .terminal && state.screen == .overview ? reasonRows : 0
        let footer = mode == .terminal ? Chrome.footerHeight(banner: state.banner) : 0
        let (header, rest) = buffer.area.splitTop(bodyTop)
        let (body, below) = rest.splitBottom(footer + reason)
        Chrome.header(dashboard, summary: models.summary, screen: title(state.screen), into: &buffer, area: header.row(0), context: context)
        if mode == .terminal { Chrome.statusLine(state, into: &buffer, area: header.row(1), context: context) }
        var span: ScrollSpan? = nil
        switch state.screen {
        case .overview:
            let model = models.model(sort: state.sort, reversed: state.sortReversed, filter: state.filter, language: context.language)
            if mode == .terminal, model.index(of: state.selectedID) == nil {
                state.selectedID = model.indicatorIDs.first
            }
            OverviewScreen.render(dashboard, model: model, state: &state, into: &buffer, area: body, context: context,
                                  compactNotes: mode == .terminal)
            if let i = model.position(of: state.selectedID), model.indicatorIDs.count > 1 {
                span = ScrollSpan(selected: i + 1, of: model.indicatorIDs.count)
            }
            if reason > 0, model.index(of: state.selectedID) != nil, let a = selectedNational(models, state) {
                Chrome.reason(a, into: &buffer, area: below.splitTop(reason).top, context: context)
            }
        case .detail:
            if let a = selected(models, state) {
                let page = models.detailPage(a, width: body.width, chartHeight: DetailScreen.chartHeight(forScreenHeight: body.height),
                                             context: context)
                span = DetailScreen.render(page, state: &state, into: &buffer, area: body)
            }
        case .places:
            if let model = placesModel(models, state) {
                if mode == .terminal, model.position(of: state.selectedPlace) == nil { state.selectedPlace = model.rows.first?.geo }
                PlacesScreen.render(model, state: &state, into: &buffer, area: body, context: context)
            }
        case .flags:
            span = FlagsScreen.render(FlagsInbox(dashboard, filter: state.flagsFilter, language: context.language),
                                      state: &state, into: &buffer, area: body, context: context)
        case .help:
            span = HelpScreen.render(into: &buffer, area: body, scroll: &state.scroll, context: context)
        }
        if mode == .terminal {
            let places = state.screen == .detail ? selected(models, state)?.places != nil
                : state.screen == .places && municipalitiesToggle(models, state)
            Chrome.footer(hints(state, context.glyphs, places: places), banner: state.banner, notice: state.notice,
                          position: span?.text(context), into: &buffer, area: buffer.area.splitBottom(footer).bottom,
                          context: context)
        }
        return buffer
    }

    /// The Overview as tall as its content, for reports.
    public static func overviewPage(_ dashboard: Dashboard, width: Int, context: RenderContext) -> Buffer {
        var state = ViewState()
        let models = OverviewModels(dashboard)
        let model = models.model(sort: .goal, filter: "", language: context.language)
        let height = 2 + OverviewScreen.contentHeight(dashboard, model: model, width: width, context: context)
        return render(models, state: &state, width: width, height: height, context: context, mode: .report)
    }

    /// The selected indicator's (national) assessment, else the first.
    static func selectedNational(_ models: OverviewModels, _ state: ViewState) -> Assessment? {
        models.assessment(state.selectedID) ?? models.dashboard.assessments.first
    }

    /// The selected indicator at the place the Detail shows (the nation when none).
    static func selected(_ models: OverviewModels, _ state: ViewState) -> Assessment? {
        guard let place = state.place, let id = selectedNational(models, state)?.indicator.id else {
            return selectedNational(models, state)
        }
        return models.assessment(id, at: place)
    }

    /// On a country's Places: whether its municipalities can be listed instead of its states (or back).
    public static func municipalitiesToggle(_ models: OverviewModels, _ state: ViewState) -> Bool {
        guard let parent = state.placesParent, GeoCode(parent).isNational,
              let id = selectedNational(models, state)?.indicator.id else { return false }
        return state.placesLevel == .municipality || models.dashboard.geography.places.hasPlaces(id, under: parent, level: .municipality)
    }

    /// The Places screen's rows as sorted and filtered, for the selected indicator and parent.
    public static func placesModel(_ models: OverviewModels, _ state: ViewState) -> PlacesModel? {
        guard let id = selectedNational(models, state)?.indicator.id, let parent = state.placesParent else { return nil }
        return models.placesModel(id, under: parent, level: state.placesLevel, sort: state.placeSort,
                                  reversed: state.placeSortReversed, filter: state.placeFilter)
    }

    static func title(_ screen: ScreenKind) -> Phrase {
        switch screen {
        case .overview: .overview
        case .detail: .detail
        case .flags: .flagsView
        case .help: .help
        case .places: .places
        }
    }

    /// `places`: the Detail shown has places below it (`g` opens them).
    static func hints(_ state: ViewState, _ glyphs: Glyphs, places: Bool = false) -> [(String, KeyHint)] {
        let arrows = glyphs.unicode ? "↑↓" : "Up/Dn", enter = glyphs.unicode ? "⏎" : "Enter"
        return switch state.screen {
        case .overview: [(arrows, .move), (enter, .open), ("/", .filter), ("s", .sort), ("f", .flags), ("L", .language), ("?", .help), ("q", .quit)]
        case .detail: [(arrows, .scroll), ("Tab", .move), ("Esc", .back)] + (places ? [("g", .places)] : [])
            + [("f", .flags), ("L", .language), ("?", .help), ("q", .quit)]
        case .places: [(arrows, .move), (enter, .open), ("/", .filter), ("s", .sort), ("S", .reverse)]
            + (places ? [("m", .municipalities)] : []) + [("Esc", .back), ("L", .language), ("q", .quit)]
        case .flags: [(arrows, .move), (enter, .open), ("/", .filter), ("Esc", .back), ("L", .language), ("?", .help), ("q", .quit)]
        case .help: [(arrows, .scroll), ("Esc", .back), ("L", .language), ("q", .quit)]
        }
    }
}
