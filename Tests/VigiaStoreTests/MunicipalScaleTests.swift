import Foundation
import Testing
import VigiaConfig
import VigiaCore
@testable import VigiaStore
import VigiaSynthetic

/// The municipal file at 2 % of national scale, from the generator (`VigiaSynthetic`, what
/// `vigia-bench generate` runs), against its ground truth: the smoke test of the import benchmark
/// (Benchmarks/run.sh), which runs the same job at full scale.
@Suite(.serialized)
struct MunicipalScaleTests {
    /// Seed 4 puts a -1 cell in a homicidio doloso row at this scale, so the truth's handling of
    /// -1 (missing: adds nothing) meets the importer's (`theFileHasAMinusOneInAHomicideRow`).
    static let seed: UInt64 = 4

    /// Writes the file and its JSON truth into `dir` (in `folder`, if given), and reads the truth
    /// back from the JSON, as its consumers do.
    static func generate(_ dir: TemporaryDirectory, seed: UInt64 = seed, threads: Int = 2,
                         folder: String? = nil) throws -> (String, GroundTruth) {
        var spec = MunicipalFileSpec()
        spec.scale = 0.02
        spec.seed = seed
        var base = dir.url
        if let folder {
            base = base.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        }
        let csv = base.appendingPathComponent("idm.csv").path, json = base.appendingPathComponent("idm.json")
        let written = try MunicipalFile.write(spec, rules: Fixture.config.catalog.importRules, to: csv, threads: threads)
        try Data(written.json.utf8).write(to: json)
        let truth = try JSONDecoder().decode(GroundTruth.self, from: Data(contentsOf: json))
        #expect(truth == written)
        return (csv, truth)
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

    /// The truth's `indicators` member: every indicator with a `sesnsp-municipal` import block,
    /// national and per state, month by month, as the store holds it after `vigia import`.
    @Test func everyIndicatorsNationalAndStateFiguresEqualTheGroundTruth() throws {
        let dir = try TemporaryDirectory()
        let (csv, truth) = try Self.generate(dir)
        let municipal = Fixture.config.catalog.importRules.rules(for: .sesnspMunicipal).map(\.indicator)
        #expect(!municipal.isEmpty)
        #expect(Set(truth.indicators.keys) == Set(municipal))
        let store = try Fixture.store(at: dir.path("vigia.sqlite"), seeded: false)
        _ = try Fixture.load(csv, into: store)
        let stored = try store.observations(knownAt: nil).complete
        for id in municipal {
            var national: [String: Double] = [:], states: [String: [String: Double]] = [:]
            for o in stored where o.indicator == id && o.geo.count == 8 {  // MX-SSMMM
                national[o.period.description, default: 0] += o.value
                states[String(o.geo.prefix(5)), default: [:]][o.period.description, default: 0] += o.value
            }
            let expected = try #require(truth.indicators[id])
            #expect(!national.isEmpty)
            #expect(national == expected.national.mapValues(Double.init), "\(id) national")
            #expect(states == expected.states.mapValues { $0.mapValues(Double.init) }, "\(id) states")
        }
        // The bundled config maps homicidio doloso, all modalidades: the same figures as the legacy member.
        #expect(truth.indicators["mx.homicides.crimes"]?.national == truth.homicidioDolosoNationalMonthly)
    }

    @Test func theFileHasAMinusOneInAHomicideRow() throws {
        let dir = try TemporaryDirectory()
        let (csv, truth) = try Self.generate(dir)
        #expect(truth.minusOneCells > 0)
        let lines = try String(contentsOfFile: csv, encoding: .isoLatin1).components(separatedBy: "\r\n")
        let cells = lines.filter { $0.contains(",Homicidio doloso,") }.map { $0.split(separator: ",", omittingEmptySubsequences: false).suffix(12) }
        #expect(cells.contains { $0.contains("-1") }, "seed \(Self.seed) no longer puts a -1 in a homicidio doloso row: pick another")
    }

    @Test func theSameSeedGivesTheSameBytesWhateverTheThreads() throws {
        let dir = try TemporaryDirectory()
        let (one, oneTruth) = try Self.generate(dir, threads: 1, folder: "one")
        let (two, twoTruth) = try Self.generate(dir, threads: 2, folder: "two")
        #expect(try Data(contentsOf: URL(fileURLWithPath: one)) == Data(contentsOf: URL(fileURLWithPath: two)))
        #expect(oneTruth.json == twoTruth.json)
    }

    @Test func aDifferentSeedGivesADifferentFileOfTheSameShape() throws {
        let dir = try TemporaryDirectory()
        let (first, firstTruth) = try Self.generate(dir, folder: "first")
        let (second, secondTruth) = try Self.generate(dir, seed: Self.seed + 1, folder: "second")
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) != Data(contentsOf: URL(fileURLWithPath: second)))
        #expect(firstTruth.homicidioDolosoNationalMonthly != secondTruth.homicidioDolosoNationalMonthly)
        #expect(firstTruth.rows == secondTruth.rows)
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
