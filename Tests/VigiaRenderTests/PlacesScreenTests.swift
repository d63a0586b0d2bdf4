import Foundation
import Testing
@testable import VigiaCore
@testable import VigiaRender

/// The Places screen and the rates beside every count, as drawn in the terminal and the text report.
struct PlacesScreenTests {
    static let dashboard = PlacesSample.make()

    static func render(_ state: inout ViewState, _ size: (Int, Int), _ set: String, _ language: Language = .en) -> Buffer {
        Screen.render(OverviewModels(dashboard), state: &state, width: size.0, height: size.1,
                      context: RenderContext(language: language, glyphs: set == "unicode" ? .unicode : .ascii))
    }

    /// The text with its lines joined, so a sentence wrapped across lines is found whole.
    static func flat(_ text: String) -> String {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    static func places(sort: PlaceSort = .rate, reversed: Bool = false, filter: String = "") -> ViewState {
        var state = ViewState(screen: .places, selectedID: "us.syn")
        state.placesParent = "US"
        state.placeSort = sort
        state.placeSortReversed = reversed
        state.placeFilter = filter
        return state
    }

    @Test(arguments: ["unicode", "ascii"])
    func placesByRate(_ set: String) {
        var state = Self.places()
        let text = Self.render(&state, (120, 40), set).text
        Golden.expect(text, named: "places-120x40-\(set)")
        // Florida is suppressed in 2026-01, so 6 of 7 places report then: the latest month 90 % do is 2025-12.
        #expect(text.contains("States of the United States • 12 months to 2025-12") || set == "ascii")
        // New York with its city: (1,040 + 1,425) deaths over 19.6 million people.
        #expect(text.contains("New York      "))
        #expect(!text.contains("New York City      "))
        #expect(text.contains("2,465       12.6"))
        #expect(Self.flat(text).contains("New York City, reported apart, is added to New York"))
        #expect(Self.flat(text).contains("Puerto Rico (346) is not part of the national total"))
        if set == "ascii" { #expect(text.unicodeScalars.allSatisfy { $0.isASCII }) }
    }

    @Test func sortedByNameReversedAndFilteredInSpanish() {
        var state = Self.places(sort: .name, reversed: true)
        let text = Self.render(&state, (80, 24), "unicode", .es).text
        Golden.expect(text, named: "places-80x24-es")
        let rows = text.split(separator: "\n").map(String.init)
        let order = ["West Virginia", "Texas", "Puerto Rico", "New York", "Florida", "California"].map { name in
            rows.firstIndex { $0.contains(name) } ?? -1
        }
        #expect(order == order.sorted() && !order.contains(-1))
        var filtered = Self.places(filter: "VIRG")
        let one = Self.render(&filtered, (80, 24), "unicode").text
        #expect(one.contains("West Virginia"))
        #expect(!one.contains("Texas"))
        #expect(one.contains("1/1"))
        #expect(one.contains("filter: VIRG"))
    }

    @Test func theDetailShowsCountAndRateAndTheStateDetailItsOwnTarget() {
        var national = ViewState(screen: .detail, selectedID: "us.syn")
        #expect(Self.render(&national, (120, 40), "unicode").text.contains("g places"))
        let a = Self.dashboard.assessments[0]
        let page = Self.flat(DetailScreen.page(a, width: 120, chartHeight: 14, context: RenderContext()).text)
        #expect(page.contains("48,400 deaths · 14.4 per 100,000 people (population 2025, latest estimate)"))
        #expect(page.contains("Places: top 6 of 6 by rate • 12 months to 2025-12"))
        #expect(page.contains("1. West Virginia  24.0 per 100k"))
        var state = ViewState(screen: .detail, selectedID: "us.syn")
        state.place = "US-WV"
        let wv = Self.render(&state, (120, 60), "unicode").text
        Golden.expect(wv, named: "detail-place-120x60-unicode")
        #expect(wv.contains("Synthetic opioid deaths (US) — West Virginia"))
        #expect(wv.contains("US-WV"))
        #expect(wv.contains("illustrative"))
        #expect(!wv.contains("g places"), "no places below a state without municipalities")
    }
}
