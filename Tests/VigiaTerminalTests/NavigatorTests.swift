import Testing
@testable import VigiaCore
@testable import VigiaRender
@testable import VigiaTerminal

/// The TUI's key → state logic, without a terminal.
struct NavigatorTests {
    static let dashboard: Dashboard = {
        let goals = [Goal(id: "a", name: .init(en: "Goal A", es: "Objetivo A")),
                     Goal(id: "b", name: .init(en: "Goal B", es: "Objetivo B"))]
        let indicators = ["one": "a", "two": "a", "three": "b"].sorted { $0.key > $1.key }.map { id, goal in
            Indicator(id: id, goal: goal, name: .init(en: "Indicator \(id)", es: "Indicador \(id)"),
                      unit: .init(en: "u", es: "u"), country: .MX, direction: .decrease, frequency: .annual, source: "s")
        }
        let rows = indicators.flatMap { i in
            (2015...2024).map { Observation(indicator: i.id, period: .year($0), value: Double($0 - 2000) * (i.id == "two" ? -1 : 1) + 100, geo: "MX", source: "s") }
        }
        return Dashboard.evaluate(Catalog(goals: goals, indicators: indicators, targets: []), observations: rows,
                                  asOf: CalendarDate("2025-06-30")!)
    }()

    static func press(_ keys: [Key], from start: ViewState = ViewState()) -> (ViewState, [Command]) {
        let navigator = Navigator(dashboard: dashboard, language: .en, pageRows: 10)
        var state = start
        let commands = keys.map { navigator.apply($0, to: &state) }
        return (state, commands)
    }

    @Test func arrowsAndVimKeysMoveThroughIndicatorsSkippingGoalRows() {
        // Config order: two, three, one → goal order: Goal A (two, one), Goal B (three).
        #expect(Self.press([.down]).0.selectedID == "two")
        #expect(Self.press([.down, .down]).0.selectedID == "one")
        #expect(Self.press([.down, .down, .character("j")]).0.selectedID == "three")
        #expect(Self.press([.down, .down, .down, .down, .down]).0.selectedID == "three", "stops at the end")
        #expect(Self.press([.end, .character("k")]).0.selectedID == "one")
        #expect(Self.press([.end, .home]).0.selectedID == "two")
        #expect(Self.press([.pageDown]).0.selectedID == "three")
    }

    @Test func enterOpensDetailAndEscapeOrBackspaceGoBack() {
        let (detail, _) = Self.press([.down, .down, .enter])
        #expect(detail.screen == .detail)
        #expect(detail.selectedID == "one")
        #expect(Self.press([.escape], from: detail).0.screen == .overview)
        #expect(Self.press([.backspace], from: detail).0.screen == .overview)
        #expect(Self.press([.escape], from: detail).0.selectedID == "one", "selection kept")
    }

    @Test func leftAndRightStepBetweenIndicatorsInDetail() {
        let (detail, _) = Self.press([.enter])
        #expect(detail.selectedID == "two")
        #expect(Self.press([.right], from: detail).0.selectedID == "one")
        #expect(Self.press([.character("l"), .character("l")], from: detail).0.selectedID == "three")
        #expect(Self.press([.left], from: detail).0.selectedID == "three", "wraps around")
    }

    @Test func scrollingInDetailDoesNotChangeTheSelection() {
        let (detail, _) = Self.press([.enter, .down, .down, .pageDown])
        #expect(detail.scroll == 12)
        #expect(detail.selectedID == "two")
        #expect(Self.press([.home], from: detail).0.scroll == 0)
    }

    @Test func helpReturnsToWhereItWasOpened() {
        let (help, _) = Self.press([.enter, .character("?")])
        #expect(help.screen == .help)
        #expect(Self.press([.escape], from: help).0.screen == .detail)
    }

    @Test func tabCyclesThePanels() {
        #expect(Self.press([.tab]).0.screen == .detail)
        #expect(Self.press([.tab, .tab]).0.screen == .flags)
        #expect(Self.press([.tab, .tab, .tab]).0.screen == .overview)
        #expect(Self.press([.backTab]).0.screen == .flags)
    }

    @Test func flagsKeyOpensTheFlagsView() {
        #expect(Self.press([.character("f")]).0.screen == .flags)
    }

    @Test func sortCycles() {
        #expect(Self.press([.character("s")]).0.sort == .status)
        #expect(Self.press(Array(repeating: .character("s"), count: 4)).0.sort == .goal)
    }

    @Test func filterTypesKeepsAndClears() {
        let (typing, _) = Self.press([.character("/"), .character("t"), .character("h")])
        #expect(typing.editingFilter)
        #expect(typing.filter == "th")
        #expect(typing.selectedID == "three", "the selection moves to what is shown")
        #expect(Self.press([.character("q")], from: typing).1 == [.none], "q is text while typing")
        let (kept, _) = Self.press([.enter], from: typing)
        #expect(!kept.editingFilter && kept.filter == "th")
        #expect(Self.press([.down, .down], from: kept).0.selectedID == "three", "moves only among matches")
        #expect(Self.press([.escape], from: kept).0.filter == "", "Esc on the overview clears a kept filter")
        #expect(Self.press([.escape], from: typing).0.filter == "")
        #expect(Self.press([.backspace], from: typing).0.filter == "t")
    }

    @Test func commandsForTheEventLoop() {
        #expect(Self.press([.character("q")]).1 == [.quit])
        #expect(Self.press([.character("r")]).1 == [.reload])
        #expect(Self.press([.character("L")]).1 == [.switchLanguage])
        #expect(Self.press([.function(5)]).1 == [.reload])
        #expect(Self.press([.function(10)]).1 == [.quit])
        #expect(Self.press([.character("z")]).1 == [.unknownKey])
        #expect(Self.press([.function(7)]).1 == [.unknownKey])
    }

    @Test func aClickSelectsADoubleClickOpens() {
        // Rows: header (0), status line (1), table header (2), Goal A (3), two (4), one (5).
        let (selected, _) = Self.press([.mouse(x: 5, y: 5, button: .left)])
        #expect(selected.selectedID == "one")
        #expect(selected.screen == .overview)
        #expect(Self.press([.mouse(x: 5, y: 5, button: .left)], from: selected).0.screen == .overview,
                "a second single click on the selection does not open it: press and release are one click")
        #expect(Self.press([.mouse(x: 5, y: 5, button: .double)]).0.screen == .detail)
        #expect(Self.press([.mouse(x: 5, y: 3, button: .left)]).0.selectedID == nil, "a goal row selects nothing")
    }

    @Test func selectionSurvivesAReloadThatDropsNothing() {
        var (state, _) = Self.press([.down, .down])
        let reloaded = Navigator(dashboard: Self.dashboard, language: .es, pageRows: 10)
        _ = reloaded.apply(.down, to: &state)
        #expect(state.selectedID == "three")
    }
}

/// From a Detail to its places and back, as an official moves through them.
struct PlacesNavigationTests {
    static func press(_ keys: [Key], from start: ViewState) -> ViewState {
        let models = OverviewModels(PlacesNavigationTests.dashboard)
        let navigator = Navigator(models: models, language: .en, pageRows: 10)
        var state = start
        for key in keys {
            _ = navigator.apply(key, to: &state)
            // The frame picks the first place when none is selected, as the TUI does.
            _ = Screen.render(models, state: &state, width: 120, height: 40, context: RenderContext())
        }
        return state
    }

    static let dashboard: Dashboard = {
        let indicator = Indicator(id: "x", goal: "a", name: .init(en: "X", es: "X"), unit: .init(en: "u", es: "u"), country: .MX,
                                  direction: .decrease, frequency: .annual, source: "s",
                                  rate: RateDefinition(per: 100_000, population: "pop"))
        var rows: [Observation] = []
        for (geo, value, people) in [("MX", 60.0, 300_000.0), ("MX-01", 10, 50_000), ("MX-02", 20, 200_000), ("MX-03", 30, 50_000)] {
            for year in 2020...2024 {
                rows.append(Observation(indicator: "x", period: .year(year), value: value, geo: geo, source: "s"))
                rows.append(Observation(indicator: "pop", period: .year(year), value: people, geo: geo, source: "s"))
            }
        }
        rows += [Observation(indicator: "x", period: .year(2024), value: 4, geo: "MX-01001", source: "s"),
                 Observation(indicator: "x", period: .year(2024), value: 6, geo: "MX-01002", source: "s")]
        let catalog = Catalog(goals: [Goal(id: "a", name: .init(en: "A", es: "A"))], indicators: [indicator], targets: [],
                              populations: [PopulationSeries(id: "pop", name: .init(en: "P", es: "P"), country: .MX, source: "s")])
        return Dashboard.evaluate(catalog, observations: rows, asOf: CalendarDate("2025-06-30")!)
    }()

    @Test func gOpensThePlacesByRateEnterAStateAndEscapeComesBackTheWayItCame() {
        let detail = ViewState(screen: .detail, selectedID: "x")
        let places = Self.press([.character("g")], from: detail)
        #expect(places.screen == .places)
        #expect(places.placesParent == "MX")
        #expect(places.selectedPlace == "MX-03")            // 60 per 100,000: the highest rate first
        let second = Self.press([.character("g"), .down], from: detail)
        #expect(second.selectedPlace == "MX-01")             // 20 per 100,000
        let state = Self.press([.character("g"), .down, .enter], from: detail)
        #expect(state.screen == .detail)
        #expect(state.place == "MX-01")
        let municipalities = Self.press([.character("g"), .down, .enter, .character("g")], from: detail)
        #expect(municipalities.screen == .places)
        #expect(municipalities.placesParent == "MX-01")
        #expect(municipalities.selectedPlace == "MX-01002")
        let back = Self.press([.character("g"), .down, .enter, .character("g"), .escape], from: detail)
        #expect(back.screen == .detail && back.place == "MX-01")
        let backTwice = Self.press([.character("g"), .down, .enter, .escape], from: detail)
        #expect(backTwice.screen == .places && backTwice.selectedPlace == "MX-01", "the selection is kept")
        let home = Self.press([.character("g"), .down, .enter, .escape, .escape], from: detail)
        #expect(home.screen == .detail && home.place == nil)
    }

    @Test func sortReverseAndFilterOnThePlacesScreen() {
        let detail = ViewState(screen: .detail, selectedID: "x")
        let byCount = Self.press([.character("g"), .character("s")], from: detail)
        #expect(byCount.placeSort == .count)
        #expect(byCount.selectedPlace == "MX-03")
        let reversed = Self.press([.character("g"), .character("S"), .home], from: detail)
        #expect(reversed.placeSortReversed)
        #expect(reversed.selectedPlace == "MX-02")           // the lowest rate first: 10 per 100,000
        let filtered = Self.press([.character("g"), .character("/"), .character("0"), .character("2"), .enter], from: detail)
        #expect(filtered.placeFilter == "02")
        #expect(filtered.selectedPlace == "MX-02")
        let cleared = Self.press([.character("g"), .character("/"), .character("0"), .enter, .escape], from: detail)
        #expect(cleared.placeFilter == "" && cleared.screen == .places, "Esc clears the filter before leaving")
    }

    @Test func noPlacesNoPlacesScreen() {
        let state = NavigatorTests.press([.enter, .character("g")]).0
        #expect(state.screen == .detail)
    }
}

/// Sorting the Overview by a column, both ways, and filtering by status or country.
struct OverviewSortTests {
    @Test func capitalSReversesTheSortedColumnAndTheHeaderSaysWhichWay() {
        let sorted = NavigatorTests.press([.character("s"), .character("s")]).0   // by name
        #expect(sorted.sort == .name)
        let models = OverviewModels(NavigatorTests.dashboard)
        let ascending = models.model(sort: .name, filter: "", language: .en).indicatorIDs
        #expect(ascending == ["one", "three", "two"])
        let reversed = NavigatorTests.press([.character("S")], from: sorted).0
        #expect(reversed.sortReversed)
        #expect(models.model(sort: .name, reversed: true, filter: "", language: .en).indicatorIDs == ["two", "three", "one"])
        var state = reversed
        let text = Screen.render(models, state: &state, width: 120, height: 40, context: RenderContext()).text
        #expect(text.contains("Indicator ▲"))
    }

    @Test func theFilterFindsStatusesAndCountries() {
        let models = OverviewModels(NavigatorTests.dashboard)
        #expect(models.model(sort: .goal, filter: "no target", language: .en).indicatorIDs.count == 3)
        #expect(models.model(sort: .goal, filter: "sin meta", language: .en).indicatorIDs.count == 3, "either language")
        #expect(models.model(sort: .goal, filter: "MX", language: .en).indicatorIDs.count == 3)
        #expect(models.model(sort: .goal, filter: "US", language: .en).indicatorIDs.isEmpty)
    }
}
