import Testing
import VigiaCore
@testable import VigiaConfig

/// One fixture per kind of mistake in `data/*.csv`. Each case folder adds one small CSV next
/// to `base/data/series.csv` (header on line 1, the faulty row on line 2 unless said otherwise).
@Suite("data/*.csv errors")
struct DataFileTests {
    @Test func unknownIndicatorSuggestsTheClosestID() throws {
        try expectDiagnostics("data-unknown-indicator", [
            "data/extra.csv:2:1: error: unknown indicator 'mx.homicide' (did you mean 'mx.homicides'?)",
        ])
    }

    @Test func unknownIndicatorWithoutGeoIsNotAlsoABadGeo() throws {
        // An empty geo defaults to the indicator's country: with no indicator, nothing more to say.
        try expectDiagnostics("data-unknown-indicator-no-geo", [
            "data/extra.csv:2:1: error: unknown indicator 'mx.homicide' (did you mean 'mx.homicides'?)",
        ])
    }

    @Test func unknownIndicatorInManyRowsIsReportedOnce() throws {
        try expectDiagnostics("data-unknown-indicator-many-rows", [
            "data/extra.csv:2:1: error: unknown indicator 'mx.homicide' in 3 rows, from here on (did you mean 'mx.homicides'?)",
        ])
    }

    @Test func badPeriod() throws {
        try expectDiagnostics("bad-period", [
            "data/extra.csv:2:14: error: invalid period '2024-13' (expected YYYY, YYYY-Qn or YYYY-MM)",
        ])
    }

    @Test func monthlyRowOnAnAnnualIndicator() throws {
        try expectDiagnostics("period-frequency", [
            "data/extra.csv:2:14: error: period '2024-06' does not match the indicator's frequency (expected annual)",
        ])
    }

    @Test func valueWithAThousandsSeparator() throws {
        // The column is the opening quote of the quoted field.
        try expectDiagnostics("value-not-a-number", [
            "data/extra.csv:2:19: error: '1,234' is not a number",
        ])
    }

    @Test func valueThatIsNotFinite() throws {
        try expectDiagnostics("value-not-finite", [
            "data/extra.csv:2:19: error: value 'NaN' is not a finite number",
        ])
    }

    @Test func duplicateRowInOneFileNamesTheFirstLine() throws {
        try expectDiagnostics("duplicate-row", [
            "data/extra.csv:3:1: error: duplicate row for (mx.homicides, 2022, MX) (first on line 2)",
        ])
    }

    @Test func duplicateRowAcrossFilesNamesTheFirstFileAndLine() throws {
        // series.csv:4 leaves geo empty, which means the indicator's country (MX).
        try expectDiagnostics("duplicate-row-across-files", [
            "data/update.csv:2:1: error: duplicate row for (mx.homicides, 2021, MX) (first at data/series.csv:4)",
        ])
    }

    @Test func badGeo() throws {
        try expectDiagnostics("bad-geo", [
            "data/extra.csv:2:25: error: invalid geo 'Mexico' (expected MX, US, a state such as MX-09 or a municipality such as MX-09015)",
        ])
    }

    @Test func nationalRowsFromTwoCountries() throws {
        try expectDiagnostics("mixed-national-geo", [
            "data/update.csv:2:1: error: indicator 'mx.extraditions' has national rows for more than one country (MX, US)",
        ])
    }

    @Test func wrongFieldCount() throws {
        try expectDiagnostics("csv-field-count", [
            "data/extra.csv:2:1: error: expected 6 fields, found 5",
        ])
    }

    @Test func unknownColumnSuggestsTheClosestColumn() throws {
        try expectDiagnostics("csv-unknown-column", [
            "data/extra.csv:1:28: error: unknown column 'sorce' (did you mean 'source'?)",
        ])
    }

    @Test func missingRequiredColumn() throws {
        try expectDiagnostics("csv-missing-column", [
            "data/extra.csv:1:1: error: missing required column 'value'",
        ])
    }

    @Test func duplicateColumn() throws {
        try expectDiagnostics("csv-duplicate-column", [
            "data/extra.csv:1:28: error: duplicate key 'value'",
        ])
    }

    @Test func unterminatedQuoteIsReportedAlone() throws {
        // The open quote swallows the rest of the file: no second message about its field count.
        try expectDiagnostics("csv-unterminated-quote", [
            "data/extra.csv:2:28: error: unterminated quoted field",
        ])
    }

    @Test func emptyFile() throws {
        try expectDiagnostics("csv-empty", [
            "data/extra.csv: error: file is empty (a header line is required)",
        ])
    }

    @Test func folderNamedLikeACSVFile() throws {
        try expectDiagnostics("csv-is-a-directory", [
            "data/archive.csv: error: cannot read file: is a directory",
        ])
    }

    @Test func publishedDateThatIsNoDay() throws {
        try expectDiagnostics("published-bad-date", [
            "data/extra.csv:2:35: error: invalid date '2023-02-30' (expected YYYY-MM-DD)",
        ])
        try expectDiagnostics("published-bad-date", [
            "data/extra.csv:2:35: error: fecha no válida '2023-02-30' (se espera AAAA-MM-DD)",
        ], language: .es)
    }

    @Test func publishedBeforeThePeriodEnds() throws {
        try expectDiagnostics("published-before-period-end", [
            "data/extra.csv:2:35: error: published date 2022-12-30 is before the end of period 2022 (2022-12-31): "
                + "a figure cannot be complete before its period is over",
        ])
        try expectDiagnostics("published-before-period-end", [
            "data/extra.csv:2:35: error: la fecha de publicación 2022-12-30 es anterior al fin del periodo 2022 (2022-12-31): "
                + "una cifra no puede estar completa antes de que termine su periodo",
        ], language: .es)
    }

    @Test func publishedIsReadAndOptionalPerRow() throws {
        let indicators = [Self.indicator("mx.homicides", .annual)]
        let text = """
            indicator,period,value,geo,source,note,published
            mx.homicides,2022,33287,MX,INEGI,,2023-10-31
            mx.homicides,2023,32252,MX,INEGI,,

            """
        let result = LongFormat.read(file: "x.csv", text: text, indicators: indicators)
        #expect(result.diagnostics.isEmpty)
        #expect(result.rows.map(\.observation.published) == [CalendarDate("2023-10-31"), nil])
    }

    /// A fiscal year ends in the month before the one it starts in: CBP's FY2024 on 2024-09-30, so
    /// its total can be public in October 2024, before the calendar year 2024 is over.
    @Test func aFiscalYearEndsWhenItsLastMonthEnds() throws {
        let indicators = [Self.indicator("cbp.seizures.fentanyl", .annual, yearStartMonth: 10)]
        let text = """
            indicator,period,value,geo,source,note,published
            cbp.seizures.fentanyl,2024,21889.21,US,CBP,,2024-10-31
            cbp.seizures.fentanyl,2025,12027.28,US,CBP,,2025-09-29

            """
        let result = LongFormat.read(file: "x.csv", text: text, indicators: indicators)
        #expect(result.rows.map(\.observation.period) == [.year(2024)])
        #expect(result.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.problem.message(.en))" } == [
            "3:45: published date 2025-09-29 is before the end of period 2025 (2025-09-30): a figure cannot be complete before its period is over",
        ])
    }

    static func indicator(_ id: String, _ frequency: Frequency, yearStartMonth: Int = 1) -> Indicator {
        Indicator(id: id, goal: "g", name: LocalizedText(en: id, es: id), unit: LocalizedText(en: "u", es: "u"),
                  country: id.hasPrefix("mx") ? .MX : .US, direction: .decrease, frequency: frequency, source: "s",
                  yearStartMonth: yearStartMonth)
    }

    @Test func emptyValueIsMissingNotAnError() throws {
        let fixture = try Fixture("empty-value-is-missing")
        defer { fixture.remove() }
        #expect(fixture.diagnostics() == [])
        let config = try fixture.load()
        let homicides = config.observations.filter { $0.indicator == "mx.homicides" }
        #expect(homicides.map(\.period) == [.year(2019), .year(2020), .year(2021)])
        #expect(config.observations.count == 7)
    }
}
