import Foundation
import Testing
import VigiaCore
@testable import VigiaConfig

/// The loader as a whole: the valid configs, missing and unreadable files, several errors in
/// one pass, and the Spanish rendering.
@Suite("ConfigLoader")
struct ConfigLoaderTests {
    @Test func baseFixtureLoads() throws {
        let fixture = try Fixture(nil)
        defer { fixture.remove() }
        let config = try fixture.load()
        let catalog = config.catalog
        #expect(catalog.goals.map(\.id) == ["disrupt-toc", "prevention"])
        #expect(catalog.indicators.map(\.id) == ["mx.homicides", "us.overdoses", "mx.extraditions"])
        #expect(catalog.indicators.map(\.frequency) == [.annual, .monthly, .annual])
        #expect(catalog.indicators.map(\.aggregate) == [.sum, .sum, .sum])
        #expect(catalog.indicators.map(\.progress) == [.auto, .auto, .linear])
        #expect(catalog.indicators[0].name.es == "Víctimas de homicidio")
        #expect(config.files == ["indicators.yaml", "targets.yaml", "data/series.csv"])
        #expect(config.dataFiles.map(\.name) == ["data/series.csv"])
        #expect(config.dataFiles[0].path == fixture.directory.appendingPathComponent("data/series.csv").path)
        #expect(config.dataIndicators.valid.keys.sorted() == ["mx.extraditions", "mx.homicides", "us.overdoses"])

        let homicides = try #require(catalog.targets["mx.homicides"])
        #expect(homicides.baseline == PeriodValue(period: .year(2019), value: 36661))
        #expect(homicides.history.map(\.target.value) == [25000, 28000])
        #expect(homicides.history.map(\.agreed.description) == ["2021-10-08", "2023-10-13"])
        #expect(homicides.history[1].rationale == "The decline is slower than planned.")
        #expect(homicides.illustrative)
        #expect(catalog.targets["us.overdoses"]?.illustrative == false)
        #expect(catalog.targets.count == 3)
    }

    @Test func bundledConfigLoadsWithoutDiagnostics() throws {
        let directory = Fixture.bundledConfig.path
        do {
            let config = try ConfigLoader.load(directory: directory)
            #expect(!config.catalog.indicators.isEmpty)
            #expect(!config.dataFiles.isEmpty)
        } catch {
            Issue.record("the bundled Config has problems:\n\(error.formatted())")
        }
    }

    @Test func severalErrorsAreAllReportedInFileAndLineOrder() throws {
        // Files in reading order (indicators.yaml, targets.yaml), each in line order, although the
        // loader finds them in another order (e.g. 26:5 after 27:11). The fixture's data file has
        // mistakes too: the store reads it (VigiaStoreTests, BundledDataTests, the same case).
        try expectDiagnostics("several-errors", [
            "indicators.yaml:20:37: error: unknown key 'fr'",
            "indicators.yaml:26:5: error: missing required field 'unit'",
            "indicators.yaml:27:11: error: unknown goal 'disrupt-tco'",
            "targets.yaml:10:17: error: revision agreed 2021-10-08 is not after the previous agreement (2021-10-08)",
            "targets.yaml:17:13: error: invalid date '21/04/2022' (expected YYYY-MM-DD)",
        ])
    }

    @Test func spanish() throws {
        try expectDiagnostics("unknown-key", [
            "indicators.yaml:9:5: error: falta el campo obligatorio 'direction'",
            "indicators.yaml:14:5: error: clave desconocida 'directon' (¿quiso decir 'direction'?)",
        ], language: .es)
        try expectDiagnostics("target-period-frequency", [
            "targets.yaml:16:22: error: el periodo '2030-Q4' no corresponde a la frecuencia del indicador (se espera anual o mensual)",
        ], language: .es)
        try expectDiagnostics("duplicate-goal-id", [
            "indicators.yaml:7:5: error: id de objetivo duplicado 'prevention' (definido primero en la línea 5)",
        ], language: .es)
    }

    @Test func directoryThatDoesNotExist() throws {
        let fixture = try Fixture(nil)
        defer { fixture.remove() }
        let missing = fixture.directory.appendingPathComponent("nope").path
        #expect(throws: ConfigError.self) { try ConfigLoader.load(directory: missing) }
        do {
            _ = try ConfigLoader.load(directory: missing)
        } catch {
            #expect(error.formatted().replacingOccurrences(of: fixture.prefix, with: "")
                == "nope: error: config directory 'nope' does not exist")
        }
    }

    @Test func missingIndicatorsFileIsReportedAlone() throws {
        // Nothing to check targets and rows against: they are not each reported as unknown.
        try expectDiagnostics(nil, removing: ["indicators.yaml"], [
            "indicators.yaml: error: required file is missing",
        ])
    }

    @Test func targetsFileIsOptional() throws {
        let fixture = try Fixture(nil, removing: ["targets.yaml"])
        defer { fixture.remove() }
        let config = try fixture.load()
        #expect(config.catalog.targets.isEmpty)
        #expect(config.dataFiles.count == 1)
    }

    @Test func theDataFilesAreListedNotRead() throws {
        // Their mistakes are the store's importer's to find (BundledDataTests).
        try expectDiagnostics("not-utf8", [])
        try expectDiagnostics("csv-unterminated-quote", [])
    }

    @Test func errorFormattingJoinsLines() {
        let error = ConfigError([
            Diagnostic(.fileMissing, at: .init(file: "indicators.yaml")),
            Diagnostic(.unknownGoal("x"), at: .init(file: "indicators.yaml", line: 3, column: 11)),
        ])
        #expect(error.formatted() == """
            indicators.yaml: error: required file is missing
            indicators.yaml:3:11: error: unknown goal 'x'
            """)
        #expect(error.formatted(.es) == """
            indicators.yaml: error: falta un archivo obligatorio
            indicators.yaml:3:11: error: objetivo desconocido 'x'
            """)
    }
}
