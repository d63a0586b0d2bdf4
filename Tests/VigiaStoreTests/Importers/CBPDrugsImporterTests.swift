import Foundation
import Testing
import VigiaConfig
import VigiaCore
@testable import VigiaStore

/// CBP "Nationwide Drug Seizures" exports, the real files.
struct CBPDrugsImporterTests {
    /// The derived totals file beside the raw exports: the reference every sum must equal.
    static func totals(drug: String, scope: String) throws -> [Int: Double] {
        let text = try String(contentsOf: Fixture.fixtures.appendingPathComponent("data/cbp_drug_seizures_fy_totals.csv"), encoding: .utf8)
        var result: [Int: Double] = [:]
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {  // the file has CRLF line ends
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            guard f.count > 5, f[3] == drug, f[4] == scope, f[1] == "False", let year = Int(f[0]) else { continue }
            result[year] = Double(f[5])
        }
        return result
    }

    @Test func fy2023FentanylNationwideIs27023PoundsAsInTheTotalsFile() throws {
        let store = try Fixture.store()
        let summary = try Fixture.load(Fixture.rawFile("cbp_nationwide_drugs_fy22_25.csv"), into: store)
        #expect(summary.format == .cbpDrugs)
        #expect(summary.rowsRead == 9004)
        #expect(summary.rowsRejected == 0)
        let stored = try store.observations(knownAt: nil)
        let fy2023 = try #require(stored.value("cbp.seizures.fentanyl", "US", .year(2023)))
        #expect(fy2023.rounded() == 27023)
        let reference = try Self.totals(drug: "Fentanyl", scope: "Nationwide (OFO+USBP)")
        #expect(fy2023 == reference[2023])
        let southwest = try Self.totals(drug: "Fentanyl", scope: "Southwest Border")
        #expect(stored.value("cbp.seizures.fentanyl", "US-SWB", .year(2023)) == southwest[2023])
        // The bundled FY2022–2024 national figures are the same numbers: nothing revised. New: the
        // regions of FY2022–2024 and the partial FY2025, nationwide and by region (4 drugs × 13).
        #expect(summary.revised == 0)
        #expect(summary.unchanged == 12)
        #expect(summary.added == 52)
    }

    @Test func everyDrugAndYearMatchesTheTotalsFileAndRegionsAddUpToTheNation() throws {
        let store = try Fixture.store(seeded: false)
        _ = try Fixture.load(Fixture.rawFile("cbp_nationwide_drugs_fy19_22.csv"), into: store)
        _ = try Fixture.load(Fixture.rawFile("cbp_nationwide_drugs_fy22_25.csv"), into: store)
        let stored = try store.observations(knownAt: nil)
        for (id, drug) in [("cbp.seizures.fentanyl", "Fentanyl"), ("cbp.seizures.methamphetamine", "Methamphetamine"),
                           ("cbp.seizures.heroin", "Heroin"), ("cbp.seizures.cocaine", "Cocaine")] {
            for (year, pounds) in try Self.totals(drug: drug, scope: "Nationwide (OFO+USBP)") {
                #expect(stored.value(id, "US", .year(year)) == pounds, "\(drug) FY\(year)")
                let regions = ["US-SWB", "US-NBR", "US-CIN"].compactMap { stored.value(id, $0, .year(year)) }
                #expect(regions.count == 3)
                #expect(abs(regions.reduce(0, +) - pounds) < 0.02, "\(drug) FY\(year) regions")
            }
        }
        #expect(try store.geoNames()["US-SWB"] == "Southwest Border")
    }

    @Test func theFiscalYearToDateIsKeptApartAsPartial() throws {
        let store = try Fixture.store()
        _ = try Fixture.load(Fixture.rawFile("cbp_nationwide_drugs_fy22_25.csv"), into: store)
        let stored = try store.observations(knownAt: nil)
        // The bundled full-year FY2025 figure stays; the FYTD sum is a partial figure beside it.
        #expect(stored.value("cbp.seizures.fentanyl", "US", .year(2025)) == 12027.28)
        let partial = try #require(stored.partial.first { $0.indicator == "cbp.seizures.fentanyl" && $0.geo == "US" })
        #expect(partial.period == .year(2025))
        #expect(partial.value == 8465.31)
        #expect(partial.note == "fiscal year to date (FYTD): partial")
        #expect(!stored.complete.contains { $0.indicator == "cbp.seizures.methamphetamine" && $0.period == .year(2025) })
    }

    @Test func fiscalYearLabels() {
        #expect(CBPDrugsImporter.fiscalYear("2023")! == (2023, false))
        #expect(CBPDrugsImporter.fiscalYear("2025 (FYTD)")! == (2025, true))
        #expect(CBPDrugsImporter.fiscalYear("FY2025") == nil)
        #expect(CBPDrugsImporter.fiscalYear("2025 (est)") == nil)
    }
}
