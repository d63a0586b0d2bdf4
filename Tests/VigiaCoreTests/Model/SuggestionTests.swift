import Testing
import VigiaCore

@Suite("Suggestion")
struct SuggestionTests {
    /// The keys of an indicator in indicators.yaml, and the columns of a long CSV.
    static let indicatorKeys = ["id", "goal", "name", "unit", "country", "direction", "frequency", "source", "aggregate",
                                "values", "progress", "trend", "breaks", "fiscal_year_start", "description", "import",
                                "rate", "short_name"]
    static let columns = ["indicator", "period", "value", "geo", "source", "note", "published"]

    @Test func misspeltKey() {
        #expect(Suggestion.closest(to: "directon", in: Self.indicatorKeys) == "direction")
        #expect(Suggestion.closest(to: "frequnecy", in: Self.indicatorKeys) == "frequency")   // a transposition
        #expect(Suggestion.closest(to: "agregate", in: Self.indicatorKeys) == "aggregate")
    }

    @Test func caseIsIgnored() {
        #expect(Suggestion.closest(to: "Direction", in: Self.indicatorKeys) == "direction")
    }

    @Test func nothingCloseEnough() {
        #expect(Suggestion.closest(to: "colour", in: Self.indicatorKeys) == nil)
        #expect(Suggestion.closest(to: "fr", in: ["en", "es"]) == nil)
        #expect(Suggestion.closest(to: "anything", in: []) == nil)
    }

    @Test func shortWordsAllowOneEdit() {
        #expect(Suggestion.closest(to: "esp", in: ["en", "es"]) == "es")
        #expect(Suggestion.closest(to: "ge", in: Self.columns) == "geo")
    }

    @Test func closestWinsThenAlphabetical() {
        #expect(Suggestion.closest(to: "us.overdose", in: ["us.overdoses", "mx.homicides"]) == "us.overdoses")
        #expect(Suggestion.closest(to: "mx.homicides.x", in: ["mx.homicides.y", "mx.homicides.xy"]) == "mx.homicides.xy")
        #expect(Suggestion.closest(to: "ab", in: ["ac", "aa"]) == "aa")
    }

    @Test func distance() {
        #expect(Suggestion.distance("", "abc") == 3)
        #expect(Suggestion.distance("abc", "") == 3)
        #expect(Suggestion.distance("kitten", "sitting") == 3)
        #expect(Suggestion.distance("ab", "ba") == 1)
        #expect(Suggestion.distance("same", "same") == 0)
    }
}
