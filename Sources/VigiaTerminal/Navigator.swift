import VigiaCore
import VigiaRender

/// What the event loop must do after a key, beyond the new view state.
public enum Command: Equatable, Sendable {
    case none
    case quit
    case reload
    case switchLanguage
}

/// The TUI's key → state logic, pure so it is tested without a terminal.
///
/// Selection is an indicator id; moving steps through the indicator rows of the Overview as
/// sorted and filtered, so a reload, a resize or a language switch keeps the user's place.
public struct Navigator {
    /// The dashboard, with its Overview rows as sorted and filtered (shared with the frames drawn).
    public let models: OverviewModels
    public let language: Language
    /// Rows of the page in view, for PgUp/PgDn.
    public let pageRows: Int

    public init(models: OverviewModels, language: Language, pageRows: Int) {
        self.models = models
        self.language = language
        self.pageRows = max(1, pageRows)
    }

    public init(dashboard: Dashboard, language: Language, pageRows: Int) {
        self.init(models: OverviewModels(dashboard), language: language, pageRows: pageRows)
    }

    public var dashboard: Dashboard { models.dashboard }

    public func apply(_ key: Key, to state: inout ViewState) -> Command {
        if state.editingFilter { return editFilter(key, &state) }
        switch key {
        case .character("q"): return .quit
        case .character("?"):
            if state.screen != .help { state.previous = state.screen }
            state.screen = .help
            state.scroll = 0
        case .character("f"):
            state.screen = .flags
            state.scroll = 0
        case .character("L"): return .switchLanguage
        case .character("r"): return .reload
        case .character("s") where state.screen == .overview:
            let all = SortOrder.allCases
            state.sort = all[(all.firstIndex(of: state.sort)! + 1) % all.count]
        case .character("/") where state.screen == .overview:
            state.editingFilter = true
        case .tab: cycleScreen(&state, forward: true)
        case .backTab: cycleScreen(&state, forward: false)
        case .escape, .backspace:
            back(&state)
        case .left, .character("h"):
            if state.screen == .detail { step(&state, by: -1) }
        case .right, .character("l"):
            if state.screen == .detail { step(&state, by: 1) } else if state.screen == .overview { open(&state) }
        case .enter:
            if state.screen == .overview { open(&state) }
        case .mouse(_, let y, .left):
            if state.screen == .overview, let id = OverviewScreen.indicatorID(atRow: y, model: model(state), state: state) {
                if state.selectedID == id { open(&state) } else { state.selectedID = id }
            }
        case .up, .character("k"): move(&state, by: -1)
        case .down, .character("j"): move(&state, by: 1)
        case .pageUp: move(&state, by: -pageRows)
        case .pageDown: move(&state, by: pageRows)
        case .home: move(&state, to: .first)
        case .end: move(&state, to: .last)
        case .mouse(_, _, .wheelUp): move(&state, by: -3)
        case .mouse(_, _, .wheelDown): move(&state, by: 3)
        default: break
        }
        return .none
    }

    // MARK: - Pieces

    private func model(_ state: ViewState) -> OverviewModel {
        models.model(sort: state.sort, filter: state.filter, language: language)
    }

    /// The selected id, or the first shown (which becomes the selection).
    @discardableResult
    func selectedOrFirst(_ state: inout ViewState) -> String? {
        let model = model(state)
        if let id = state.selectedID, model.position(of: id) != nil { return id }
        state.selectedID = model.indicatorIDs.first
        return state.selectedID
    }

    enum End { case first, last }

    private func open(_ state: inout ViewState) {
        guard selectedOrFirst(&state) != nil else { return }
        state.screen = .detail
        state.scroll = 0
    }

    /// The previous or next indicator, staying in Detail.
    private func step(_ state: inout ViewState, by delta: Int) {
        let model = model(state), shown = model.indicatorIDs
        guard let id = selectedOrFirst(&state), let i = model.position(of: id) else { return }
        state.selectedID = shown[(i + delta + shown.count) % shown.count]
        state.scroll = 0
    }

    private func move(_ state: inout ViewState, by delta: Int) {
        switch state.screen {
        case .overview:
            let model = model(state), shown = model.indicatorIDs
            guard !shown.isEmpty else { return }
            let current = model.position(of: state.selectedID) ?? (delta > 0 ? -1 : shown.count)
            state.selectedID = shown[min(shown.count - 1, max(0, current + delta))]
        case .detail, .flags, .help:
            state.scroll = max(0, state.scroll + delta)
        }
    }

    private func move(_ state: inout ViewState, to end: End) {
        switch state.screen {
        case .overview:
            let shown = model(state).indicatorIDs
            state.selectedID = end == .first ? shown.first : shown.last
        case .detail, .flags, .help:
            state.scroll = end == .first ? 0 : Int.max / 2
        }
    }

    private func back(_ state: inout ViewState) {
        switch state.screen {
        case .overview:
            if !state.filter.isEmpty { state.filter = "" }
        case .help:
            state.screen = state.previous
        case .detail, .flags:
            state.screen = .overview
        }
        state.scroll = 0
    }

    /// Tab moves between the panels: Overview → Detail (of the selection) → Flags → Overview.
    private func cycleScreen(_ state: inout ViewState, forward: Bool) {
        let order: [ScreenKind] = [.overview, .detail, .flags]
        let current = order.firstIndex(of: state.screen == .help ? state.previous : state.screen) ?? 0
        state.screen = order[(current + (forward ? 1 : order.count - 1)) % order.count]
        if state.screen == .detail { selectedOrFirst(&state) }
        state.scroll = 0
    }

    private func editFilter(_ key: Key, _ state: inout ViewState) -> Command {
        switch key {
        case .enter:
            state.editingFilter = false
        case .escape:
            state.editingFilter = false
            state.filter = ""
        case .backspace:
            if !state.filter.isEmpty { state.filter.removeLast() }
        case .character(let c) where !c.isNewline:
            state.filter.append(c)
        default:
            break
        }
        if !state.filter.isEmpty || key == .escape { selectedOrFirst(&state) }
        return .none
    }
}
