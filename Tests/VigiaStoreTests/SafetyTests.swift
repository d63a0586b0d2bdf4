import Foundation
import Testing
import VigiaConfig
import VigiaCore
@testable import VigiaStore

/// An import lands whole or not at all; re-importing changes nothing; bad rows are reported by line.
struct SafetyTests {
    static let stateFile = Fixture.rawFile("sesnsp_estatal_2026_rnid_cp1252.csv")

    /// A file-backed store that has seen a real import, and its fingerprint.
    static func loadedStore(_ dir: TemporaryDirectory) throws -> (Store, StoreFingerprint) {
        let store = try Fixture.store(at: dir.path("vigia.sqlite"))
        _ = try Fixture.load(Fixture.rawFile("cbp_nationwide_drugs_fy22_25.csv"), into: store)
        return (store, try store.fingerprint())
    }

    @Test func aFatalProblemLeavesTheDatabaseExactlyAsItWas() throws {
        let dir = try TemporaryDirectory()
        let (store, before) = try Self.loadedStore(dir)
        let original = try Data(contentsOf: URL(fileURLWithPath: Self.stateFile))
        // Cut in the middle of the last line: the file was not downloaded whole.
        let truncated = try dir.write("truncated.csv", bytes: Array(original.prefix(original.count - 7)))
        // Cut inside a quoted field.
        let openQuote = try dir.write("open-quote.csv", bytes: Array(original) + Array("2026,1,\"Aguascalientes,La vida".utf8))
        // Binary garbage, with and without a plausible header.
        var generator = SystemRandomNumberGenerator()
        let noise = (0..<50_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let binary = try dir.write("binary.csv", bytes: noise + [0])
        let header = Array(original.prefix { $0 != 10 }) + [10]
        let garbage = try dir.write("garbage.csv", bytes: header + Array("2026,1,Ags,x\0y".utf8) + noise + [0])
        let empty = try dir.write("empty.csv", "")
        let weapons = Fixture.rawFile("sample_raw_cbp_weapons_seizures_fy22_25_head.csv")
        let cases: [(String, ImportFormat?, (ImportProblem) -> Bool)] = [
            (truncated, nil, { if case .truncated = $0 { true } else { false } }),
            (openQuote, nil, { $0 == .unterminatedQuote }),
            (binary, nil, { $0 == .binary || $0 == .unknownFormat }),
            (garbage, nil, { $0 == .binary }),
            (empty, nil, { $0 == .empty }),
            (weapons, nil, { $0 == .unknownFormat }),
            (Self.stateFile, .cdcVSRR, { if case .missingColumns = $0 { true } else { false } }),
            (dir.path("missing.csv"), nil, { if case .unreadable = $0 { true } else { false } }),
            (dir.url.path, nil, { if case .unreadable = $0 { true } else { false } }),
        ]
        for (path, format, expected) in cases {
            let failure = try #require(Fixture.failure(path, into: store, format: format), "\(path) must fail")
            #expect(expected(failure.problem), "\(path): \(failure.problem)")
            #expect(!failure.problem.message(.en).isEmpty && !failure.problem.message(.es).isEmpty)
            #expect(try store.fingerprint() == before, "\(path) changed the database")
        }
    }

    @Test func aFailureWhileWritingRollsBackEverything() throws {
        let dir = try TemporaryDirectory()
        let (store, before) = try Self.loadedStore(dir)
        // A read-only database file stands in for a full disk: the write fails mid-transaction.
        let path = dir.path("vigia.sqlite")
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
        let readOnly = try Store(path: path)
        if getuid() != 0 {  // root ignores file permissions
            let failure = Fixture.failure(Self.stateFile, into: readOnly)
            #expect(failure.map { if case .database = $0.problem { true } else { false } } == true)
        }
        #expect(try store.fingerprint().observations == before.observations)
    }

    @Test func reimportingTheSameFileChangesNothing() throws {
        let dir = try TemporaryDirectory()
        let (store, _) = try Self.loadedStore(dir)
        let first = try Fixture.load(Self.stateFile, into: store)
        #expect(first.added == 96)
        let after = try store.fingerprint()
        let second = try Fixture.load(Self.stateFile, into: store)
        #expect(second.added == 0 && second.revised == 0 && second.unchanged == 96)
        #expect(second.alreadyImported && !second.recorded)
        #expect(second.render(.en).contains("already imported: nothing changed"))
        #expect(second.render(.es).contains("ya importado antes: sin cambios"))
        #expect(try store.fingerprint() == after)
    }

    @Test func aDryRunReportsAndWritesNothing() throws {
        let dir = try TemporaryDirectory()
        let (store, before) = try Self.loadedStore(dir)
        let summary = try Fixture.load(Self.stateFile, into: store, dryRun: true)
        #expect(summary.added == 96)
        #expect(!summary.recorded)
        #expect(try store.fingerprint() == before)
    }

    @Test func badRowsAreReportedByLineAndGoodRowsKept() throws {
        let dir = try TemporaryDirectory()
        var lines = ["indicator,period,value,geo,source,note"]
        for i in 1...30 { lines.append("mx.homicides.crimes,2030-\(i % 2 == 0 ? "13" : "01"),\(i),MX-0\(i % 9 + 1),test,") }
        lines.append("mx.homicides.crimes,2030-02,7,MX-01,test,")
        lines.append("mx.homicides.crimes,2030-03,,MX-01,test,")
        let path = try dir.write("rows.csv", lines.joined(separator: "\n") + "\n")
        let store = try Fixture.store(seeded: false)
        let summary = try Fixture.load(path, into: store)
        #expect(summary.format == .csv)
        #expect(summary.rowsRead == 32)
        #expect(summary.rowsRejected == 15 + 6)  // 15 bad periods; 6 duplicates of (2030-01, state)
        #expect(summary.missingCells == 1)
        #expect(summary.added == 9 + 1)
        #expect(summary.errors.first.count == RowIssues.shown)
        #expect(summary.errors.count == 21)
        #expect(summary.errors.first.first?.line == 3)
        let report = summary.renderIssues(path: "rows.csv", .en)
        #expect(report.contains("rows.csv:3: error: col 21: invalid period '2030-13'"))
        #expect(report.contains("rows.csv: … and 1 more errors"))
        #expect(summary.renderIssues(path: "rows.csv", .es).contains("periodo no válido '2030-13'"))
    }
}
