import Foundation
import Testing
import VigiaConfig
import VigiaCore
@testable import VigiaStore

/// The municipal file at 2 % of national scale, from the generator, against its ground truth:
/// the smoke test of the import benchmark (Benchmarks/import), which runs the same job at full scale.
@Suite(.serialized)
struct MunicipalScaleTests {
    struct GroundTruth: Decodable {
        let rows: Int
        let homicidioDolosoNationalMonthly: [String: Int]
        let homicidioDolosoByState: [String: Int]
    }

    static func generate(_ dir: TemporaryDirectory) throws -> (String, GroundTruth) {
        let csv = dir.path("idm.csv"), json = dir.path("idm.json")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Fixture.repo.appendingPathComponent("Benchmarks/gen_sesnsp_municipal.py").path,
                             "--out", csv, "--expected", json, "--scale", "0.02"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
        return (csv, try JSONDecoder().decode(GroundTruth.self, from: Data(contentsOf: URL(fileURLWithPath: json))))
    }

    @Test func nationalTotalsEqualTheGeneratorsGroundTruthExactly() throws {
        let dir = try TemporaryDirectory()
        let (csv, truth) = try Self.generate(dir)
        let store = try Fixture.store(at: dir.path("vigia.sqlite"), seeded: false)
        let summary = try Fixture.load(csv, into: store)
        #expect(summary.format == .sesnspMunicipal)
        #expect(summary.encoding == "Windows-1252")
        #expect(summary.rowsRead == truth.rows)
        #expect(summary.rowsRejected == 0)
        let stored = try store.observations(knownAt: nil).complete
        var national: [String: Double] = [:], byState: [String: Double] = [:]
        for o in stored {
            national[o.period.description, default: 0] += o.value
            byState[String(o.geo.dropFirst(3).prefix(2)), default: 0] += o.value
        }
        #expect(national == truth.homicidioDolosoNationalMonthly.mapValues(Double.init))
        #expect(byState == truth.homicidioDolosoByState.mapValues(Double.init))
        #expect(stored.contains { $0.geo.hasSuffix("998") })  // "No Especificado" kept as its own place
        // National from municipalities, as the dashboard derives it when no national figure exists.
        let derived = NationalFigures.completing(stored).filter { $0.geo == "MX" }
        #expect(Dictionary(uniqueKeysWithValues: derived.map { ($0.period.description, $0.value) })
                == truth.homicidioDolosoNationalMonthly.mapValues(Double.init))
        // Imported again: nothing changes.
        let again = try Fixture.load(csv, into: store)
        #expect(again.added == 0 && again.revised == 0 && again.unchanged == summary.added)
    }

    @Test func readingTheFileInTwoHalvesGivesTheSameFiguresAndLines() throws {
        let dir = try TemporaryDirectory()
        let (csv, _) = try Self.generate(dir)
        // A bad row in each half, to check the second half's line numbers.
        var lines = try String(contentsOfFile: csv, encoding: .isoLatin1).components(separatedBy: "\r\n")
        let doloso = lines.indices.filter { lines[$0].contains("Homicidio doloso,Con arma de fuego,") }
        let bad = [doloso.first { $0 > 100 }!, doloso.last { $0 < lines.count - 100 }!]
        for index in bad {
            lines[index] = lines[index].replacingOccurrences(of: "Con arma de fuego,", with: "Con arma de fuego,zero")
        }
        let broken = dir.path("broken.csv")
        try Data(lines.joined(separator: "\r\n").unicodeScalars.map { UInt8($0.value) }).write(to: URL(fileURLWithPath: broken))
        let settings = Fixture.settings
        let whole = try RawImport.parse(path: broken, format: nil, settings: settings, parallelThreshold: .max)
        let halves = try RawImport.parse(path: broken, format: nil, settings: settings, parallelThreshold: 0)
        #expect(whole.values.count == halves.values.count)
        #expect(zip(whole.values, halves.values).allSatisfy {
            ($0.indicator, $0.geo, $0.period, $0.value) == ($1.indicator, $1.geo, $1.period, $1.value)
        })
        #expect(whole.rowsRead == halves.rowsRead)
        #expect(whole.rowsSkipped == halves.rowsSkipped)
        #expect(whole.errors.first.map(\.line) == bad.map { $0 + 1 })
        #expect(whole.errors.first == halves.errors.first)
        #expect(whole.warnings.first == halves.warnings.first)
        #expect(try whole.sha256.value() == halves.sha256.value())
    }
}
