import Foundation
import Testing
import VigiaConfig
import VigiaCore
@testable import VigiaStore

/// CDC VSRR provisional counts: API headers (the whole T40.4 file) and the public download's headers.
struct VSRRImporterTests {
    static let synthetic = "us.overdose.synthetic", total = "us.overdose.deaths"

    @Test func theAPIFileAllStatesWithSuppressedCells() throws {
        let store = try Fixture.store()
        let summary = try Fixture.load(Fixture.rawFile("cdc_vsrr_t40_4_states_api.csv"), into: store)
        #expect(summary.format == .cdcVSRR)
        #expect(summary.rowsRead == 6916)
        #expect(summary.rowsRejected == 0)
        #expect(summary.missingCells == 1427)  // suppressed: empty, the reason in the footnote
        // The bundled national series came from the same vintage: unchanged.
        #expect(summary.unchanged == 133)
        #expect(summary.revised == 0)
        let stored = try store.observations(knownAt: nil)
        #expect(stored.value(Self.synthetic, "US", .month(2026, 1)) == 36825)
        #expect(stored.value(Self.synthetic, "US-YC", .month(2026, 1)) == 1235)  // New York City stays apart
        #expect(try store.geoNames()["US-CA"] == "California")
        #expect(stored.value(Self.synthetic, "US-AK", .month(2015, 1)) == nil)
    }

    @Test func theDisplayDownloadWithQuotedThousands() throws {
        let store = try Fixture.store(seeded: false)
        let summary = try Fixture.load(Fixture.rawFile("sample_vsrr_display_csv_rows_transcribed.csv"), into: store)
        #expect(summary.rowsRead == 10)
        #expect(summary.rowsSkipped == 8)  // cocaine, all deaths, opioids: no indicator imports them
        let stored = try store.observations(knownAt: nil)
        #expect(stored.value(Self.total, "US", .month(2015, 1)) == 47523)
        #expect(stored.value(Self.total, "US", .month(2024, 12)) == 80856)
    }

    @Test func thePredictedValueWhenTheRuleAsksForIt() throws {
        let rule = ImportRule(indicator: Self.total, format: .cdcVSRR, categories: ["Number of Drug Overdose Deaths"],
                              value: .predicted)
        let settings = ImportSettings(indicators: Fixture.config.catalog.indicators, rules: ImportRules([rule]))
        let store = try Fixture.store(seeded: false)
        _ = try Fixture.load(Fixture.rawFile("sample_vsrr_display_csv_rows_transcribed.csv"), into: store, settings: settings)
        let stored = try store.observations(knownAt: nil)
        #expect(stored.value(Self.total, "US", .month(2015, 1)) == 48060)
        #expect(stored.value(Self.total, "US", .month(2024, 12)) == 81711)
    }

    @Test func theAPISample() throws {
        let store = try Fixture.store(seeded: false)
        let summary = try Fixture.load(Fixture.rawFile("sample_vsrr_soda_api_t40_4_rows.csv"), into: store)
        #expect(summary.added == 4)
        #expect(try store.observations(knownAt: nil).value(Self.synthetic, "US", .month(2015, 2)) == 6079)
    }
}
