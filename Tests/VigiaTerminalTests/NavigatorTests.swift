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
    }

    @Test func clickSelectsThenOpens() {
        // Rows: header (0), status line (1), table header (2), Goal A (3), two (4), one (5).
        let (selected, _) = Self.press([.mouse(x: 5, y: 5, button: .left)])
        #expect(selected.selectedID == "one")
        #expect(selected.screen == .overview)
        #expect(Self.press([.mouse(x: 5, y: 5, button: .left)], from: selected).0.screen == .detail)
        #expect(Self.press([.mouse(x: 5, y: 3, button: .left)]).0.selectedID == nil, "a goal row selects nothing")
    }

    @Test func selectionSurvivesAReloadThatDropsNothing() {
        var (state, _) = Self.press([.down, .down])
        let reloaded = Navigator(dashboard: Self.dashboard, language: .es, pageRows: 10)
        _ = reloaded.apply(.down, to: &state)
        #expect(state.selectedID == "three")
    }
}
