import Foundation
import Testing
import VigiaConfig
import VigiaCore
@testable import VigiaStore

/// SESNSP state, municipal and victims files: the real raw files, and the layouts' quirks.
struct SESNSPImporterTests {
    static let crimes = "mx.homicides.crimes"

    @Test func theWhole2026StateFileInTheRNIDClassification() throws {
        let store = try Fixture.store(seeded: false)
        let summary = try Fixture.load(Fixture.rawFile("sesnsp_estatal_2026_rnid_cp1252.csv"), into: store)
        #expect(summary.format == .sesnspEstatal)
        #expect(summary.encoding == "Windows-1252")
        #expect(summary.rowsRead == 3648)
        #expect(summary.rowsSkipped == 3648 - 32 * 4)
        #expect(summary.added == 32 * 3)            // January to March published
        #expect(summary.missingCells == 32 * 4 * 9)  // April to December not yet: missing, not zero
        let stored = try store.observations(knownAt: nil)
        let states = stored.complete.filter { $0.period == .month(2026, 1) }
        #expect(states.count == 32)
        #expect(states.reduce(0) { $0 + $1.value } == 1392)  // the national figure SESNSP published
        #expect(stored.value(Self.crimes, "MX-01", .month(2026, 1)) == 5.0)  // 1 + 4 + 0 + 0
        #expect(states.allSatisfy { $0.note?.hasPrefix("RNID classification") == true })
        let names = try store.geoNames()
        #expect(names["MX-15"] == "México")
        #expect(names["MX-16"] == "Michoacán de Ocampo")
        // National = sum of states where the source gives none.
        let national = NationalFigures.completing(stored.complete).filter { $0.geo == "MX" }
        #expect(national.map(\.value) == [1392, 1206, 1398])
    }

    @Test func theOldLayoutWithUnpaddedStateCodesAndCRLF() throws {
        let store = try Fixture.store(seeded: false)
        let summary = try Fixture.load(Fixture.rawFile("sample_raw_sesnsp_IDEFC_NM_estatal_2015_head_cp1252.csv"), into: store)
        #expect(summary.encoding == "Windows-1252")
        #expect(summary.rowsRejected == 0)
        let stored = try store.observations(knownAt: nil)
        // Aguascalientes, January 2015: 3 (firearm) + 1 (blade) + 0 (other) + 2 (not specified).
        #expect(stored.value(Self.crimes, "MX-01", .month(2015, 1)) == 6.0)
        #expect(stored.complete.allSatisfy { $0.geo == "MX-01" && $0.note == nil })
        #expect(stored.complete.count == 12)
    }

    /// A stray quote opening a cell (line 3 here) used to run the field on over the next lines
    /// until the next quote: every row in between vanished into one rejected row. Now that line
    /// alone is rejected, by number, and every other row is read as before.
    @Test func aStrayQuoteRejectsItsLineOnly() throws {
        let path = Fixture.rawFile("sample_sesnsp_IDM_municipal_guanajuato_homicidio_subset_head_utf8.csv")
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        lines[2] = lines[2].replacingOccurrences(of: ",Abasolo,", with: ",\"Abasolo,")
        let dir = try TemporaryDirectory()
        let damaged = try dir.write("idm.csv", lines.joined(separator: "\n"))
        let store = try Fixture.store(seeded: false)
        let summary = try Fixture.load(damaged, into: store)
        #expect(summary.rowsRejected == 1)
        #expect(summary.errors.first.map(\.line) == [3])
        #expect(summary.errors.first.first?.problem == .strayQuote)
        #expect(summary.rowsRead == lines.filter { !$0.isEmpty }.count - 1)
        let stored = try store.observations(knownAt: nil)
        #expect(stored.value(Self.crimes, "MX-11002", .month(2020, 1)) == 13.0, "the rows after the stray quote are kept")
    }

    @Test func theMunicipalSubsetResavedAsUTF8() throws {
        let store = try Fixture.store(seeded: false)
        let path = Fixture.rawFile("sample_sesnsp_IDM_municipal_guanajuato_homicidio_subset_head_utf8.csv")
        let summary = try Fixture.load(path, into: store)
        #expect(summary.format == .sesnspMunicipal)
        #expect(summary.encoding == "UTF-8")
        #expect(summary.rowsRejected == 0)
        let stored = try store.observations(knownAt: nil)
        // Acámbaro, 2020: December is written "5.0", "0.0" by the re-saving spreadsheet.
        #expect(stored.value(Self.crimes, "MX-11002", .month(2020, 1)) == 13.0)  // 10 + 0 + 3 + 0
        #expect(stored.value(Self.crimes, "MX-11002", .month(2020, 12)) == 5)
        #expect(try store.geoNames()["MX-11002"] == "Acámbaro")
        #expect(try store.geoNames()["MX-11"] == "Guanajuato")
    }

    @Test func quirksOfTheMunicipalLayout() throws {
        let dir = try TemporaryDirectory()
        let header = "Año,Clave_Ent,Entidad,Cve. Municipio,Municipio,Bien jurídico afectado,Tipo de delito,Subtipo de delito,"
            + "Modalidad,Enero,Febrero,Marzo,Abril,Mayo,Junio,Julio,Agosto,Septiembre,Octubre,Noviembre,Diciembre"
        let rows = [
            "2024,9,Ciudad de México,9015,Cuauhtémoc,La vida,Homicidio,Homicidio doloso,Con arma de fuego,5,4,-1,,,,,,,,,",
            "2024,9,Ciudad de México,9015,Cuauhtémoc,La vida,Homicidio,Homicidio doloso,Con arma blanca,1,1,1,,,,,,,,,",
            "2024,9,Ciudad de México,9998,No Especificado,La vida,Homicidio,Homicidio doloso,Con arma blanca,2,0,0,,,,,,,,,",
            "2024,9,Ciudad de México,11001,Abasolo,La vida,Homicidio,Homicidio doloso,Con arma blanca,1,0,0,,,,,,,,,",
            "2024,9,Ciudad de México,9016,Miguel Hidalgo,La vida,Homicidio,Homicidio doloso,Con arma blanca,1,x,0,,,,,,,,,",
            "2024,9,Ciudad de México,9016,Miguel Hidalgo,La vida,Homicidio,Homicidio culposo,Con arma blanca,1,1,0,,,,,,,,,",
        ]
        // cp1252, as SESNSP publishes: "Año" is 0xF1, "Cuauhtémoc" 0xE9.
        let text = ([header] + rows).joined(separator: "\r\n") + "\r\n"
        let bytes = text.unicodeScalars.map { UInt8($0.value) }
        let path = try dir.write("idm.csv", bytes: bytes)
        let store = try Fixture.store(seeded: false)
        let summary = try Fixture.load(path, into: store)
        #expect(summary.encoding == "Windows-1252")
        #expect(summary.rowsRead == 6)
        #expect(summary.rowsSkipped == 1)
        #expect(summary.rowsRejected == 2)
        #expect(summary.errors.first.map(\.line) == [5, 6])
        #expect(summary.errors.first.map { $0.problem.message(.en) } == [
            "municipality '11001' is not in state '9'", "column 'Febrero': 'x' is not a number"])
        #expect(summary.warnings.first.map(\.line) == [2])
        #expect(summary.warnings.first.first?.problem.message(.es) == "columna 'Marzo': -1 se lee como dato faltante")
        let stored = try store.observations(knownAt: nil)
        #expect(stored.value(Self.crimes, "MX-09015", .month(2024, 1)) == 6)
        #expect(stored.value(Self.crimes, "MX-09015", .month(2024, 3)) == 1)  // -1 is missing, the other modalidad counts
        #expect(stored.value(Self.crimes, "MX-09998", .month(2024, 1)) == 2)  // "No Especificado" is its own place
        #expect(stored.value(Self.crimes, "MX-09015", .month(2024, 4)) == nil)  // empty: missing, not zero
        #expect(try store.geoNames()["MX-09015"] == "Cuauhtémoc")
    }

    /// Found by the 30-minute fuzzing run of issue 17: a state code of twenty digits trapped
    /// converting it to `Int`. Codes and years out of range are rejected with their line.
    @Test func hugeCodesAndYearsAreRejectedNotATrap() throws {
        let dir = try TemporaryDirectory()
        let header = "Año,Clave_Ent,Entidad,Cve. Municipio,Municipio,Bien jurídico afectado,Tipo de delito,Subtipo de delito,"
            + "Modalidad,Enero,Febrero,Marzo,Abril,Mayo,Junio,Julio,Agosto,Septiembre,Octubre,Noviembre,Diciembre"
        let tail = ",La vida,Homicidio,Homicidio doloso,Con arma blanca,1,0,0,,,,,,,,,"
        let rows = ["2024,100000000000000000000,Ciudad de México,9015,Cuauhtémoc" + tail,
                    "2024,9,Ciudad de México,99999999999999999999999,Cuauhtémoc" + tail,
                    "1e300,9,Ciudad de México,9015,Cuauhtémoc" + tail,
                    "2024,9,Ciudad de México,9015,Cuauhtémoc" + tail]
        let store = try Fixture.store(seeded: false)
        let summary = try Fixture.load(try dir.write("idm.csv", ([header] + rows).joined(separator: "\n") + "\n"), into: store)
        #expect(summary.rowsRejected == 3)
        #expect(summary.errors.first.map(\.line) == [2, 3, 4])
        #expect(try store.observations(knownAt: nil).value(Self.crimes, "MX-09015", .month(2024, 1)) == 1)
        // The fuzzer's own input, as it found it (a trap would end the test run here).
        let found = Fixture.fixtures.appendingPathComponent("fuzz/sesnsp-huge-state-code.csv").path
        #expect(try Fixture.load(found, into: store, dryRun: true).rowsRejected > 0)
    }

    @Test func victimsAreSummedOverSexAndAgeIntoTheVictimsIndicator() throws {
        let dir = try TemporaryDirectory()
        let header = "Año,Clave_Ent,Entidad,Bien jurídico afectado,Tipo de delito,Subtipo de delito,Modalidad,Sexo,"
            + "Rango de edad,Enero,Febrero,Marzo,Abril,Mayo,Junio,Julio,Agosto,Septiembre,Octubre,Noviembre,Diciembre"
        let rows = [
            "2024,1,Aguascalientes,La vida,Homicidio,Homicidio doloso,Con arma de fuego,Hombre,Adultos (18 y más),3,1,0,0,0,0,0,0,0,0,0,0",
            "2024,1,Aguascalientes,La vida,Homicidio,Homicidio doloso,Con arma de fuego,Mujer,Adultos (18 y más),1,0,0,0,0,0,0,0,0,0,0,0",
            "2024,1,Aguascalientes,La vida,Homicidio,Homicidio doloso,Con arma blanca,Hombre,Menores de edad (0-17),1,0,0,0,0,0,0,0,0,0,0,0",
        ]
        let path = try dir.write("victimas.csv", "\u{FEFF}" + ([header] + rows).joined(separator: "\n") + "\n")
        let store = try Fixture.store(seeded: false)
        let summary = try Fixture.load(path, into: store)
        #expect(summary.format == .sesnspVictimas)
        #expect(summary.encoding == "UTF-8")
        let stored = try store.observations(knownAt: nil)
        #expect(stored.value("mx.homicides", "MX-01", .month(2024, 1)) == 5)
        #expect(stored.value("mx.homicides", "MX-01", .month(2024, 2)) == 1)
    }
}
