import Foundation
import Testing
import VigiaConfig
import VigiaCore
@testable import VigiaStore

/// One fixture per kind of mistake in `data/*.csv`, read by the store's long-CSV importer as
/// `vigia validate` runs it (`BundledData`, no database). Each case folder of `Tests/Fixtures/config`
/// adds one small CSV next to `base/data/series.csv` (header on line 1, the faulty row on line 2
/// unless said otherwise). The messages are the ones the configuration loader gave when it read
/// these files itself.
@Suite("data/*.csv errors")
struct BundledDataTests {
    @Test func unknownIndicatorSuggestsTheClosestID() throws {
        try expectDataDiagnostics("data-unknown-indicator", [
            "data/extra.csv:2:1: error: unknown indicator 'mx.homicide' (did you mean 'mx.homicides'?)",
        ])
    }

    @Test func unknownIndicatorWithoutGeoIsNotAlsoABadGeo() throws {
        // An empty geo defaults to the indicator's country: with no indicator, nothing more to say.
        try expectDataDiagnostics("data-unknown-indicator-no-geo", [
            "data/extra.csv:2:1: error: unknown indicator 'mx.homicide' (did you mean 'mx.homicides'?)",
        ])
    }

    @Test func unknownIndicatorInManyRowsIsReportedOnce() throws {
        try expectDataDiagnostics("data-unknown-indicator-many-rows", [
            "data/extra.csv:2:1: error: unknown indicator 'mx.homicide' in 3 rows, from here on (did you mean 'mx.homicides'?)",
        ])
    }

    @Test func badPeriod() throws {
        try expectDataDiagnostics("bad-period", [
            "data/extra.csv:2:14: error: invalid period '2024-13' (expected YYYY, YYYY-Qn or YYYY-MM)",
        ])
    }

    @Test func monthlyRowOnAnAnnualIndicator() throws {
        try expectDataDiagnostics("period-frequency", [
            "data/extra.csv:2:14: error: period '2024-06' does not match the indicator's frequency (expected annual)",
        ])
    }

    @Test func valueWithAThousandsSeparator() throws {
        // The column is the opening quote of the quoted field.
        try expectDataDiagnostics("value-not-a-number", [
            "data/extra.csv:2:19: error: '1,234' is not a number",
        ])
    }

    @Test func valueThatIsNotFinite() throws {
        try expectDataDiagnostics("value-not-finite", [
            "data/extra.csv:2:19: error: value 'NaN' is not a finite number",
        ])
    }

    @Test func duplicateRowInOneFileNamesTheFirstLine() throws {
        try expectDataDiagnostics("duplicate-row", [
            "data/extra.csv:3:1: error: duplicate row for (mx.homicides, 2022, MX) (first on line 2)",
        ])
    }

    @Test func duplicateRowAcrossFilesNamesTheFirstFileAndLine() throws {
        // series.csv:4 leaves geo empty, which means the indicator's country (MX).
        try expectDataDiagnostics("duplicate-row-across-files", [
            "data/update.csv:2:1: error: duplicate row for (mx.homicides, 2021, MX) (first at data/series.csv:4)",
        ])
    }

    @Test func badGeo() throws {
        try expectDataDiagnostics("bad-geo", [
            "data/extra.csv:2:25: error: invalid geo 'Mexico' (expected MX, US, a state such as MX-09 or a municipality such as MX-09015)",
        ])
    }

    @Test func nationalRowsFromTwoCountries() throws {
        try expectDataDiagnostics("mixed-national-geo", [
            "data/update.csv:2:1: error: indicator 'mx.extraditions' has national rows for more than one country (MX, US)",
        ])
    }

    @Test func wrongFieldCount() throws {
        try expectDataDiagnostics("csv-field-count", [
            "data/extra.csv:2:1: error: expected 6 fields, found 5",
        ])
    }

    @Test func unknownColumnSuggestsTheClosestColumn() throws {
        try expectDataDiagnostics("csv-unknown-column", [
            "data/extra.csv:1:28: error: unknown column 'sorce' (did you mean 'source'?)",
        ])
    }

    @Test func missingRequiredColumn() throws {
        try expectDataDiagnostics("csv-missing-column", [
            "data/extra.csv:1:1: error: missing required column 'value'",
        ])
    }

    @Test func duplicateColumn() throws {
        try expectDataDiagnostics("csv-duplicate-column", [
            "data/extra.csv:1:28: error: duplicate key 'value'",
        ])
    }

    @Test func unterminatedQuoteIsReportedAlone() throws {
        // The open quote swallows the rest of the file: no second message about its field count.
        try expectDataDiagnostics("csv-unterminated-quote", [
            "data/extra.csv:2:28: error: unterminated quoted field",
        ])
    }

    @Test func emptyFile() throws {
        try expectDataDiagnostics("csv-empty", [
            "data/extra.csv: error: file is empty (a header line is required)",
        ])
    }

    @Test func folderNamedLikeACSVFile() throws {
        try expectDataDiagnostics("csv-is-a-directory", [
            "data/archive.csv: error: cannot read file: is a directory",
        ])
    }

    @Test func publishedDateThatIsNoDay() throws {
        try expectDataDiagnostics("published-bad-date", [
            "data/extra.csv:2:35: error: invalid date '2023-02-30' (expected YYYY-MM-DD)",
        ])
        try expectDataDiagnostics("published-bad-date", [
            "data/extra.csv:2:35: error: fecha no válida '2023-02-30' (se espera AAAA-MM-DD)",
        ], language: .es)
    }

    @Test func publishedBeforeThePeriodEnds() throws {
        try expectDataDiagnostics("published-before-period-end", [
            "data/extra.csv:2:35: error: published date 2022-12-30 is before the end of period 2022 (2022-12-31): "
                + "a figure cannot be complete before its period is over",
        ])
        try expectDataDiagnostics("published-before-period-end", [
            "data/extra.csv:2:35: error: la fecha de publicación 2022-12-30 es anterior al fin del periodo 2022 (2022-12-31): "
                + "una cifra no puede estar completa antes de que termine su periodo",
        ], language: .es)
    }

    @Test func publishedIsReadAndOptionalPerRow() throws {
        let indicators = [Self.indicator("mx.homicides", .annual)]
        let file = try Self.read("""
            indicator,period,value,geo,source,note,published
            mx.homicides,2022,33287,MX,INEGI,,2023-10-31
            mx.homicides,2023,32252,MX,INEGI,,

            """, indicators: indicators)
        #expect(file.problems.isEmpty)
        #expect(file.observations.map(\.published) == [CalendarDate("2023-10-31"), nil])
    }

    @Test func unknownConfidence() throws {
        try expectDataDiagnostics("confidence-unknown", [
            "data/extra.csv:2:46: error: unknown confidence 'hihg' (expected high, medium or low; empty means high)",
        ])
        try expectDataDiagnostics("confidence-unknown", [
            "data/extra.csv:2:46: error: confianza desconocida 'hihg' (se espera high, medium o low; vacía equivale a high)",
        ], language: .es)
    }

    /// A missing or empty grade is `high`: files written before grades existed stay valid.
    @Test func confidenceIsReadAndEmptyMeansHigh() throws {
        let indicators = [Self.indicator("mx.homicides", .annual)]
        let file = try Self.read("""
            indicator,period,value,geo,source,note,published,confidence
            mx.homicides,2021,33308,MX,INEGI,,,low
            mx.homicides,2022,33287,MX,INEGI,,,medium
            mx.homicides,2023,32252,MX,INEGI,,,

            """, indicators: indicators)
        #expect(file.problems.isEmpty)
        #expect(file.observations.map(\.confidence) == [.low, .medium, .high])
        let old = try Self.read("indicator,period,value\nmx.homicides,2021,33308\n", indicators: indicators)
        #expect(old.observations.map(\.confidence) == [.high])
    }

    /// A fiscal year ends in the month before the one it starts in: CBP's FY2024 on 2024-09-30, so
    /// its total can be public in October 2024, before the calendar year 2024 is over.
    @Test func aFiscalYearEndsWhenItsLastMonthEnds() throws {
        let indicators = [Self.indicator("cbp.seizures.fentanyl", .annual, yearStartMonth: 10)]
        let file = try Self.read("""
            indicator,period,value,geo,source,note,published
            cbp.seizures.fentanyl,2024,21889.21,US,CBP,,2024-10-31
            cbp.seizures.fentanyl,2025,12027.28,US,CBP,,2025-09-29

            """, indicators: indicators)
        #expect(file.observations.map(\.period) == [.year(2024)])
        #expect(file.problems.map { "\($0.location.line):\($0.location.column): \($0.problem.message(.en))" } == [
            "3:45: published date 2025-09-29 is before the end of period 2025 (2025-09-30): a figure cannot be complete before its period is over",
        ])
    }

    static func indicator(_ id: String, _ frequency: Frequency, yearStartMonth: Int = 1) -> Indicator {
        Indicator(id: id, goal: "g", name: LocalizedText(en: id, es: id), unit: LocalizedText(en: "u", es: "u"),
                  country: id.hasPrefix("mx") ? .MX : .US, direction: .decrease, frequency: frequency, source: "s",
                  yearStartMonth: yearStartMonth)
    }

    /// One long CSV read as a data file of the configuration.
    static func read(_ text: String, indicators: [Indicator]) throws -> LongCSVFile {
        let dir = try TemporaryDirectory()
        return try LongCSVFile.read(path: try dir.write("x.csv", text), file: "x.csv", indicators: KnownIndicators(indicators),
                                    utf8Only: true)
    }

    @Test func emptyValueIsMissingNotAnError() throws {
        let fixture = try ConfigFolderFixture("empty-value-is-missing")
        defer { fixture.remove() }
        #expect(fixture.diagnostics() == [])
        let observations = fixture.read().data.observations
        let homicides = observations.filter { $0.indicator == "mx.homicides" }
        #expect(homicides.map(\.period) == [.year(2019), .year(2020), .year(2021)])
        #expect(observations.count == 7)
    }

    @Test func theBaseFixtureReads() throws {
        let fixture = try ConfigFolderFixture(nil)
        defer { fixture.remove() }
        let (config, data) = fixture.read()
        #expect(config.diagnostics.isEmpty && data.diagnostics.isEmpty)
        #expect(data.files.map(\.name) == ["data/series.csv"])
        let observations = data.observations
        #expect(observations.count == 7)
        let defaulted = try #require(observations.first { $0.indicator == "mx.homicides" && $0.period == .year(2021) })
        #expect(defaulted.geo == "MX")
        #expect(defaulted.note == "geo defaults to the indicator's country")
        let quoted = try #require(observations.first { $0.period == .month(2024, 2) })
        #expect(quoted.source == "CDC VSRR, provisional")
        #expect(quoted.note == "12-month \"predicted\" value")
        #expect(observations.contains { $0.geo == "MX-09" && $0.value == 75 })
    }

    @Test func nonUTF8File() throws {
        try expectDataDiagnostics("not-utf8", [
            "data/latin1.csv: error: file is not valid UTF-8",
        ])
    }

    @Test func severalErrorsAreAllReportedInFileAndLineOrder() throws {
        // Files in reading order (indicators.yaml, targets.yaml, data/*.csv), each in line order,
        // although they are found in another order (e.g. 26:5 after 27:11, and the duplicate row
        // only once every data file has been read).
        try expectDataDiagnostics("several-errors", [
            "indicators.yaml:20:37: error: unknown key 'fr'",
            "indicators.yaml:26:5: error: missing required field 'unit'",
            "indicators.yaml:27:11: error: unknown goal 'disrupt-tco'",
            "targets.yaml:10:17: error: revision agreed 2021-10-08 is not after the previous agreement (2021-10-08)",
            "targets.yaml:17:13: error: invalid date '21/04/2022' (expected YYYY-MM-DD)",
            "data/zz.csv:2:1: error: duplicate row for (mx.homicides, 2019, MX) (first at data/series.csv:2)",
            "data/zz.csv:3:14: error: invalid period '2024-1' (expected YYYY, YYYY-Qn or YYYY-MM)",
        ])
    }

    @Test func spanish() throws {
        try expectDataDiagnostics("duplicate-row-across-files", [
            "data/update.csv:2:1: error: fila duplicada para (mx.homicides, 2021, MX) (primera en data/series.csv:4)",
        ], language: .es)
    }

    @Test func aMissingYearOfAPopulationIsReportedNotGuessed() throws {
        try expectDataDiagnostics("population-gap", [
            "data/population.csv:6:1: error: population series 'mx.population' has no estimate for MX-01 in 2019 (it has 2018 and 2020): rates are never computed on a guessed population",
        ])
        try expectDataDiagnostics("population-gap", [
            "data/population.csv:6:1: error: la serie de población 'mx.population' no tiene estimación para MX-01 en 2019 (tiene 2018 y 2020): nunca se calcula una tasa sobre una población adivinada",
        ], language: .es)
    }

    @Test func theBundledDataReadsWithoutProblems() throws {
        let config = try ConfigLoader.load(directory: Fixture.repo.appendingPathComponent("Config").path)
        let data = BundledData.read(config.dataFiles.map { BundledFile(path: $0.path, name: $0.name) },
                                    indicators: config.dataIndicators)
        #expect(data.diagnostics.map { $0.formatted() } == [])
        #expect(data.files.count == config.dataFiles.count && data.files.allSatisfy { !$0.observations.isEmpty })
        // 32 states + the nation, 2010-2026; 51 states and DC + Puerto Rico + the nation, 2010-2025.
        let estimates = data.observations.filter { $0.indicator.hasSuffix(".population") }
        #expect(estimates.count { $0.indicator == "mx.population" } == 33 * 17)
        #expect(estimates.count { $0.indicator == "us.population" } == 53 * 16)
    }
}
