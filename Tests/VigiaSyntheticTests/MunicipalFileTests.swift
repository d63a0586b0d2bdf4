import Foundation
import Testing
import VigiaCore
@testable import VigiaSynthetic

/// The synthetic file has the real file's layout, as the team's reference tool (a Python script,
/// since replaced) wrote it: bytes, quoting, codes, empty months. The importer's side of it is in
/// VigiaStoreTests.MunicipalScaleTests.
struct MunicipalFileTests {
    /// The smallest file: one municipality and "No Especificado" per state, two years.
    static func tiny(_ encoding: MunicipalFileSpec.FileEncoding = .cp1252) throws -> (bytes: [UInt8], truth: GroundTruth) {
        var spec = MunicipalFileSpec()
        spec.scale = 0.001
        spec.firstYear = 2024
        spec.lastMonth = 3
        spec.encoding = encoding
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-synthetic-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let rules = ImportRules([ImportRule(indicator: "doloso", format: .sesnspMunicipal, categories: ["Homicidio doloso"]),
                                 ImportRule(indicator: "arma", format: .sesnspMunicipal, categories: ["Homicidio doloso"],
                                            modalidades: ["Con arma de fuego"]),
                                 ImportRule(indicator: "state-only", format: .sesnspEstatal, categories: ["Homicidio doloso"])])
        let truth = try MunicipalFile.write(spec, rules: rules, to: path, threads: 2)
        return (Array(try Data(contentsOf: URL(fileURLWithPath: path))), truth)
    }

    static func lines(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
    }

    @Test func windows1252WithoutBOMCRLFAndTheRealHeader() throws {
        let (bytes, truth) = try Self.tiny()
        let header = "Año,Clave_Ent,Entidad,Cve. Municipio,Municipio,Bien jurídico afectado,Tipo de delito,Subtipo de delito,"
            + "Modalidad,Enero,Febrero,Marzo,Abril,Mayo,Junio,Julio,Agosto,Septiembre,Octubre,Noviembre,Diciembre\r\n"
        let expected = header.unicodeScalars.map { UInt8($0.value) }  // Latin-1 range: cp1252 bytes are the code points
        #expect(Array(bytes.prefix(expected.count)) == expected)
        #expect(!bytes.contains { $0 == 0xC3 })  // no UTF-8 sequence for the accents
        #expect(bytes.suffix(2) == [13, 10])
        #expect(bytes.filter { $0 == 10 }.count == truth.rows + 1)
        #expect(zip(bytes, bytes.dropFirst()).filter { $1 == 10 }.allSatisfy { $0.0 == 13 })
        // 32 states × (1 municipality + No Especificado) × 2 years × 114 crimes.
        #expect(truth.rows == 32 * 2 * 2 * 114)
    }

    @Test func utf8SigHasTheBOMAndTheSameFigures() throws {
        let (cp1252, truth) = try Self.tiny()
        let (utf8, written) = try Self.tiny(.utf8BOM)
        var utf8Truth = written
        #expect(utf8.prefix(3) == [0xEF, 0xBB, 0xBF])
        let latin1 = String(String.UnicodeScalarView(cp1252.map { Unicode.Scalar($0) }))  // cp1252 = Latin-1 for these texts
        #expect(Array(utf8.dropFirst(3)) == Array(latin1.utf8))
        utf8Truth.file = truth.file  // temporary files of different names
        #expect(utf8Truth == truth)
    }

    @Test func rowsHaveTheQuirksOfTheRealFile() throws {
        let (bytes, _) = try Self.tiny(.utf8BOM)
        let rows = Self.lines(Array(bytes.dropFirst(3))).dropFirst().filter { !$0.isEmpty }
        let first = rows.first!
        #expect(first.hasPrefix("2024,1,Aguascalientes,01001,Municipio 001 de Aguascalientes,La vida y la Integridad corporal,Homicidio,"))
        #expect(rows.contains { $0.hasPrefix("2025,9,Ciudad de México,09998,No Especificado,") })
        // The subtipo with commas is quoted; nothing else is.
        let quoted = rows.filter { $0.contains("\"") }
        #expect(quoted.count == 32 * 2 * 2 * 2)
        #expect(quoted.allSatisfy { $0.contains(",\"Robo de maquinaria - Cables, tubos y otros objetos destinados a servicios públicos\",") })
        // Twelve month cells; in the last year only the first three are published.
        for row in rows where !row.contains("\"") {
            let fields = row.split(separator: ",", omittingEmptySubsequences: false)
            #expect(fields.count == 21)
            let cells = fields.suffix(12)
            let published = row.hasPrefix("2025,") ? 3 : 12
            #expect(cells.prefix(published).allSatisfy { Int($0).map { $0 >= -1 } ?? false }, "\(row)")
            #expect(cells.dropFirst(published).allSatisfy { $0.isEmpty }, "\(row)")
        }
    }

    @Test func theTruthFollowsTheMunicipalRulesOnly() throws {
        let (_, truth) = try Self.tiny()
        #expect(Set(truth.indicators.keys) == ["doloso", "arma"])
        let doloso = try #require(truth.indicators["doloso"]), arma = try #require(truth.indicators["arma"])
        #expect(doloso.national == truth.homicidioDolosoNationalMonthly)
        #expect(doloso.national.keys.sorted() == (1...12).map { String(format: "2024-%02d", $0) } + ["2025-01", "2025-02", "2025-03"])
        #expect(doloso.states.count == 32 && doloso.states["MX-09"] != nil)
        for (month, total) in doloso.national {
            #expect(doloso.states.values.reduce(0) { $0 + ($1[month] ?? 0) } == total)
            #expect(arma.national[month]! <= total)
        }
        #expect(truth.homicidioDolosoByState.values.reduce(0, +) == truth.homicidioDolosoNationalMonthly.values.reduce(0, +))
    }

    @Test func theJSONHasSortedKeysAndReadsBack() throws {
        let (_, truth) = try Self.tiny()
        let json = truth.json
        #expect(json.hasPrefix("{\n  \"file\": \"vigia-synthetic-"))
        let top = json.split(separator: "\n").filter { $0.hasPrefix("  \"") && !$0.hasPrefix("   ") }.map { $0.split(separator: "\"")[1] }
        #expect(top == ["file", "homicidioDolosoByState", "homicidioDolosoNationalMonthly", "indicators", "minusOneCells", "rows"])
        #expect(try JSONDecoder().decode(GroundTruth.self, from: Data(json.utf8)) == truth)
    }

    @Test func specProblemsAreNamed() {
        var spec = MunicipalFileSpec()
        #expect(spec.problem == nil)
        spec.scale = 1.74
        #expect(spec.problem == nil)
        spec.scale = 1.76
        #expect(spec.problem?.contains("at most 997") == true)
        spec.scale = .nan
        #expect(spec.problem != nil)
        spec = MunicipalFileSpec()
        spec.lastMonth = 0
        #expect(spec.problem != nil)
        spec = MunicipalFileSpec()
        spec.firstYear = 999
        #expect(spec.problem != nil)
    }
}
