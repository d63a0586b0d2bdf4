import VigiaCore
import VigiaRender

/// What the event loop must do after a key, beyond the new view state.
public enum Command: Equatable, Sendable {
    case none
    case quit
    case reload
    case switchLanguage
    /// The key does nothing on this screen: the footer says so.
    case unknownKey
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
        if state.screen == .places, let command = places(key, &state) { return command }
        if state.screen == .flags, let command = flags(key, &state) { return command }
        switch key {
        case .character("q"), .function(10): return .quit
        case .character("?"), .function(1):
            guard state.screen != .help else { break }
            go(to: .help, &state)
        case .character("f") where state.screen != .flags:
            // From a Detail, that indicator's flags; from anywhere else, all of them.
            let scope = state.screen == .detail ? selectedOrFirst(&state) : nil
            go(to: .flags, &state)
            state.flagsFilter = FlagsInbox.Filter()
            state.flagsFilter.indicator = scope
            state.selectedFlag = nil
            state.flagsOffset = 0
        case .character("L"): return .switchLanguage
        case .character("g") where state.screen == .detail: openPlaces(&state)
        case .character("r"), .function(5): return .reload
        case .character("s") where state.screen == .overview:
            let all = SortOrder.allCases
            state.sort = all[(all.firstIndex(of: state.sort)! + 1) % all.count]
        case .character("S") where state.screen == .overview && state.sort != .goal:
            state.sortReversed.toggle()
        case .character("/") where state.screen == .overview:
            state.editingFilter = true
        case .tab: cycleScreen(&state, forward: true)
        case .backTab: cycleScreen(&state, forward: false)
        case .escape, .backspace:
            back(&state)
        case .left where stepsIndicators(state), .character("h") where stepsIndicators(state): step(&state, by: -1)
        case .right where stepsIndicators(state), .character("l") where stepsIndicators(state): step(&state, by: 1)
        case .right where state.screen == .overview, .character("l") where state.screen == .overview,
             .enter where state.screen == .overview:
            open(&state)
        case .left, .right, .character("h"), .character("l"), .enter: break
        case .mouse(_, let y, .left) where state.screen == .overview:
            // A click selects; a double click (or Enter) opens, as in htop and k9s.
            if let id = OverviewScreen.indicatorID(atRow: y, model: model(state), state: state) { state.selectedID = id }
        case .mouse(_, let y, .double) where state.screen == .overview:
            if let id = OverviewScreen.indicatorID(atRow: y, model: model(state), state: state) {
                state.selectedID = id
                open(&state)
            }
        case .up, .character("k"): move(&state, by: -1)
        case .down, .character("j"): move(&state, by: 1)
        case .pageUp: move(&state, by: -pageRows)
        case .pageDown: move(&state, by: pageRows)
        case .home: move(&state, to: .first)
        case .end: move(&state, to: .last)
        case .mouse(_, _, .wheelUp): move(&state, by: -3)
        case .mouse(_, _, .wheelDown): move(&state, by: 3)
        case .mouse, .resize: break
        default: return .unknownKey
        }
        return .none
    }

    // MARK: - Pieces

    /// Left and right step through the indicators on a national Detail.
    private func stepsIndicators(_ state: ViewState) -> Bool { state.screen == .detail && state.place == nil }

    private func model(_ state: ViewState) -> OverviewModel {
        models.model(sort: state.sort, reversed: state.sortReversed, filter: state.filter, language: language)
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
        go(to: .detail, &state)
    }

    /// To another screen, remembering this one (and its scroll) for Esc.
    private func go(to screen: ScreenKind, _ state: inout ViewState) {
        state.trail.append(state.stop)
        state.previous = state.screen
        state.screen = screen
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
        case .detail, .flags, .help, .places:
            state.scroll = max(0, state.scroll + delta)
        }
    }

    private func move(_ state: inout ViewState, to end: End) {
        switch state.screen {
        case .overview:
            let shown = model(state).indicatorIDs
            state.selectedID = end == .first ? shown.first : shown.last
        case .detail, .flags, .help, .places:
            state.scroll = end == .first ? 0 : Int.max / 2
        }
    }

    /// Esc: the screen before, as it was left (its scroll and selection); on the Overview, clears the filter.
    private func back(_ state: inout ViewState) {
        if let stop = state.trail.popLast() {
            state.restore(stop)
            return
        }
        if state.screen == .overview {
            state.filter = ""
        } else {
            state.screen = .overview
            state.place = nil
        }
        state.scroll = 0
    }

    // MARK: - Places

    /// The places below what the Detail shows: the states of the nation, the municipalities of a state.
    private func openPlaces(_ state: inout ViewState) {
        guard let id = selectedOrFirst(&state) else { return }
        let parent = state.place ?? dashboard.assessments.first { $0.indicator.id == id }.map { GeoCode.national($0.indicator.country).text } ?? ""
        guard models.placeTable(id, under: parent) != nil else { return }
        state.trail.append(state.stop)
        state.screen = .places
        state.placesParent = parent
        state.placesLevel = nil
        state.selectedPlace = nil
        state.placesOffset = 0
        state.placeFilter = ""
    }

    /// The row a movement key or a click picks in a list of `count` rows whose first row in view is
    /// `offset` (the Places and Flags tables start three rows below the header); nil for other keys.
    private func listRow(_ key: Key, current: Int?, count: Int, offset: Int) -> Int? {
        guard count > 0 else { return nil }
        let row: Int
        switch key {
        case .up, .character("k"): row = (current ?? 0) - 1
        case .down, .character("j"): row = current.map { $0 + 1 } ?? 0
        case .pageUp: row = (current ?? 0) - pageRows
        case .pageDown: row = (current ?? 0) + pageRows
        case .home: row = 0
        case .end: row = count - 1
        case .mouse(_, _, .wheelUp): row = (current ?? 0) - 3
        case .mouse(_, _, .wheelDown): row = (current ?? 0) + 3
        case .mouse(_, let y, .left), .mouse(_, let y, .double):
            let clicked = offset + y - (Screen.bodyTop + 3)
            guard (0..<count).contains(clicked) else { return nil }
            return clicked
        default: return nil
        }
        return min(count - 1, max(0, row))
    }

    /// Keys the Places screen handles itself; nil for the shared ones (quit, help, language, Esc).
    private func places(_ key: Key, _ state: inout ViewState) -> Command? {
        guard let model = Screen.placesModel(models, state) else { return nil }
        let rows = model.rows
        let current = model.position(of: state.selectedPlace)
        func select(_ i: Int) { if !rows.isEmpty { state.selectedPlace = rows[min(rows.count - 1, max(0, i))].geo } }
        if let row = listRow(key, current: current, count: rows.count, offset: state.placesOffset) {
            select(row)
            if case .mouse(_, _, .double) = key { openPlace(&state, rows[row].geo) }
            return Command.none
        }
        switch key {
        case .enter, .right, .character("l"): openPlace(&state, current.map { rows[$0].geo })
        case .character("s"):
            let all = PlaceSort.allCases
            state.placeSort = all[(all.firstIndex(of: state.placeSort)! + 1) % all.count]
        case .character("S"): state.placeSortReversed.toggle()
        case .character("m") where Screen.municipalitiesToggle(models, state):
            state.placesLevel = state.placesLevel == nil ? .municipality : nil
            state.selectedPlace = nil
            state.placesOffset = 0
        case .character("/"): state.editingFilter = true
        case .escape where !state.placeFilter.isEmpty: state.placeFilter = ""
        default: return nil
        }
        return Command.none
    }

    /// Keys the Flags screen handles itself; nil for the shared ones.
    private func flags(_ key: Key, _ state: inout ViewState) -> Command? {
        let inbox = FlagsInbox(dashboard, filter: state.flagsFilter, language: language)
        let rows = inbox.rows
        let current = inbox.position(of: state.selectedFlag)
        func select(_ i: Int) { if !rows.isEmpty { state.selectedFlag = rows[min(rows.count - 1, max(0, i))].id } }
        if let row = listRow(key, current: current, count: rows.count, offset: state.flagsOffset) {
            select(row)
            if case .mouse(_, _, .double) = key { openFlag(rows[row], &state) }
            return Command.none
        }
        switch key {
        case .enter, .right, .character("l"):
            if let current { openFlag(rows[current], &state) }
        case .character("v"):
            let order: [Severity?] = [nil] + Severity.allCases.map { $0 }
            let i = order.firstIndex { $0 == state.flagsFilter.severity } ?? 0
            state.flagsFilter.severity = order[(i + 1) % order.count]
        case .character("o"):
            let all = FlagsInbox.Decided.allCases
            state.flagsFilter.decided = all[(all.firstIndex(of: state.flagsFilter.decided)! + 1) % all.count]
        case .character("n"): state.flagsFilter.newSinceReview.toggle()
        case .character("/"): state.editingFilter = true
        case .escape where !state.flagsFilter.text.isEmpty: state.flagsFilter.text = ""
        default: return nil
        }
        return Command.none
    }

    /// A flag: its indicator's Detail, opened at the flags. The "data to chase" row opens into its flags.
    private func openFlag(_ row: FlagsInbox.Row, _ state: inout ViewState) {
        switch row {
        case .dataToChase:
            state.flagsFilter.staleExpanded.toggle()
        case .flag(let indicator, _):
            state.trail.append(state.stop)
            state.selectedID = indicator.id
            state.place = nil
            state.screen = .detail
            state.scroll = 0
            state.detailAtFlags = true
        }
    }

    /// The Detail of one place: its chart, trend and progress against its own target.
    private func openPlace(_ state: inout ViewState, _ geo: String?) {
        guard let geo, let id = state.selectedID, models.assessment(id, at: geo) != nil else { return }
        state.trail.append(state.stop)
        state.screen = .detail
        state.place = geo
        state.scroll = 0
    }

    /// Tab moves between the panels: Overview → Detail (of the selection) → Flags → Overview.
    private func cycleScreen(_ state: inout ViewState, forward: Bool) {
        state.trail = []
        state.place = nil
        let order: [ScreenKind] = [.overview, .detail, .flags]
        let current = order.firstIndex(of: state.screen == .help ? state.previous : state.screen) ?? 0
        state.screen = order[(current + (forward ? 1 : order.count - 1)) % order.count]
        if state.screen == .detail { selectedOrFirst(&state) }
        state.scroll = 0
    }

    private func editFilter(_ key: Key, _ state: inout ViewState) -> Command {
        let places = state.screen == .places, flags = state.screen == .flags
        var text = places ? state.placeFilter : flags ? state.flagsFilter.text : state.filter
        switch key {
        case .enter:
            state.editingFilter = false
        case .escape:
            state.editingFilter = false
            text = ""
        case .backspace:
            if !text.isEmpty { text.removeLast() }
        case .character(let c) where !c.isNewline:
            text.append(c)
        default:
            break
        }
        if places {
            state.placeFilter = text
            return .none
        }
        if flags {
            state.flagsFilter.text = text
            return .none
        }
        state.filter = text
        if !state.filter.isEmpty || key == .escape { selectedOrFirst(&state) }
        return .none
    }
}
