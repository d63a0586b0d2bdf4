import Foundation
import Testing

/// What `--db` may name, and a snapshot that only reads.
@Suite(.serialized)
struct StoreAccessTests {
    static let snapshot = ["--snapshot", "--format", "csv", "--as-of", "2026-06-30"]

    /// Runs vigia as an unprivileged user when the tests run as root (root may write a read-only
    /// folder, so only another user sees what a read-only folder does). The checkout may sit in a
    /// folder only root can enter (CI's fresh clone lives in `mktemp -d`), so the binary and the
    /// configuration are copied into `dir`, where that user can reach them.
    static func runUnprivileged(_ arguments: [String], in dir: TemporaryDirectory) throws -> VigiaProcess.Result {
        guard geteuid() == 0 else { return try VigiaProcess.run(arguments) }
        let binary = dir.url.appendingPathComponent("vigia-copy")
        try FileManager.default.copyItem(at: VigiaProcess.binary, to: binary)
        let config = try dir.copyOfBundledConfig()
        chmod(dir.url.path, 0o755)
        return try VigiaProcess.run(["--reuid=65534", "--regid=65534", "--clear-groups", binary.path] + arguments
                                        + ["--config", config.path],
                                    in: dir.url, executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
    }

    @Test func aSnapshotReadsADatabaseInAReadOnlyFolder() throws {
        let dir = try TemporaryDirectory()
        let folder = dir.url.appendingPathComponent("data")
        let db = folder.appendingPathComponent("vigia.sqlite").path
        let made = try VigiaProcess.run(Self.snapshot + ["--db", db])
        #expect(made.status == 0, "\(made.stderr)")
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        chmod(folder.path, 0o555)
        defer { chmod(folder.path, 0o755) }
        let r = try Self.runUnprivileged(Self.snapshot + ["--db", db], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("id,name,"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["vigia.sqlite"])
    }

    @Test func aReadOnlyDatabaseLeavesNoReadOnlyWALBehind() throws {
        let dir = try TemporaryDirectory()
        let db = dir.url.appendingPathComponent("vigia.sqlite").path
        #expect(try VigiaProcess.run(Self.snapshot + ["--db", db]).status == 0)
        chmod(db, 0o444)
        #expect(try VigiaProcess.run(Self.snapshot + ["--db", db]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path) == ["vigia.sqlite"])
        chmod(db, 0o644)
        let file = VigiaProcess.root.appendingPathComponent("Tests/Fixtures/raw/sesnsp_estatal_2026_rnid_cp1252.csv").path
        let r = try VigiaProcess.run(["import", file, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func aDeviceOrAnEmptyDbIsAnError() throws {
        let device = try VigiaProcess.run(Self.snapshot + ["--db", "/dev/zero"])
        #expect(device.status == 1)
        #expect(device.stderr.contains("/dev/zero: error: not a database file"), "\(device.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "/dev/zero-journal"))
        let empty = try VigiaProcess.run(Self.snapshot + ["--db", ""])
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("--db must not be empty"))
    }
}
