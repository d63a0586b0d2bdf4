import Foundation
import Testing

/// Where results go: `--output` never replaces what is not a regular file, never turns a link
/// into a file, and a stdout that cannot be written is an error (exit 1), not a crash.
@Suite(.serialized)
struct OutputSafetyTests {
    static let snapshot = ["--snapshot", "--format", "csv", "--as-of", "2026-06-30"]

    @Test func aSymlinkedOutputKeepsTheLinkAndWritesItsTarget() throws {
        let dir = try TemporaryDirectory()
        let real = dir.url.appendingPathComponent("report.csv").path, link = dir.url.appendingPathComponent("latest.csv").path
        try "old".write(toFile: real, atomically: false, encoding: .utf8)
        chmod(real, 0o640)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let r = try VigiaProcess.run(Self.snapshot + ["--output", link])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
        #expect(try String(contentsOfFile: real, encoding: .utf8).hasPrefix("id,name,"))
        var info = stat()
        #expect(stat(real, &info) == 0 && info.st_mode & 0o777 == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).sorted() == ["latest.csv", "report.csv"])
    }

    @Test func aFIFOIsWrittenThroughAndStaysAFIFO() throws {
        let dir = try TemporaryDirectory()
        let fifo = dir.url.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        let pipe = Pipe()
        reader.standardOutput = pipe
        try reader.run()
        let r = try VigiaProcess.run(Self.snapshot + ["--output", fifo])
        let received = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        reader.waitUntilExit()
        #expect(r.status == 0, "\(r.stderr)")
        #expect(received.hasPrefix("id,name,"))
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func devStdoutIsWrittenThrough() throws {
        let r = try VigiaProcess.run(Self.snapshot + ["--output", "/dev/stdout"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("id,name,"))
    }

    /// A character device is written through, never replaced by a regular file (as root this
    /// once replaced a system device).
    @Test func aCharacterDeviceIsWrittenThroughAndStaysADevice() throws {
        let r = try VigiaProcess.run(Self.snapshot + ["--output", "/dev/null"])
        #expect(r.status == 0, "\(r.stderr)")
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        #expect(type == .typeCharacterSpecial)
    }

    @Test(arguments: [["--snapshot"], ["validate"], ["targets", "list"], ["targets", "history", "mx.homicides"]])
    func aFullStdoutIsAnErrorNotACrash(_ arguments: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let r = try VigiaProcess.run(arguments, stdout: full)
        #expect(r.status == 1)
        #expect(r.stderr.contains("cannot write to standard output: No space left on device"), "\(r.stderr)")
    }

    @Test func anImportToAFullStdoutSaysSoAndKeepsTheImport() throws {
        let dir = try TemporaryDirectory()
        let db = dir.url.appendingPathComponent("v.sqlite").path
        let file = VigiaProcess.root.appendingPathComponent("Tests/Fixtures/raw/sesnsp_estatal_2026_rnid_cp1252.csv").path
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let r = try VigiaProcess.run(["import", file, "--db", db], stdout: full)
        #expect(r.status == 1)
        #expect(r.stderr.contains("cannot write to standard output"))
        let again = try VigiaProcess.run(["import", file, "--db", db, "--dry-run"])
        #expect(again.stdout.contains("already imported") || again.stdout.contains("unchanged"), "\(again.stdout)")
    }

    /// A YAML key, a CSV header cell or a geo cell holding ESC, OSC 52 (write the clipboard) or
    /// BEL is quoted in a diagnostic; what reaches the terminal is cleaned like every report.
    @Test func diagnosticsAreCleanedOfControlCharacters() throws {
        let dir = try TemporaryDirectory()
        let config = try dir.copyOfBundledConfig()
        let osc52 = "\u{1B}]52;c;cm0gLXJmIH4=\u{07}"
        let indicators = config.appendingPathComponent("indicators.yaml").path
        let yaml = try String(contentsOfFile: indicators, encoding: .utf8)
        try yaml.replacingOccurrences(of: "    direction: decrease\n", with: "    direction: decrease\n    x\(osc52)y: 1\n")
            .write(toFile: indicators, atomically: false, encoding: .utf8)
        let data = config.appendingPathComponent("data/mx_extraditions_annual.csv").path
        var rows = try String(contentsOfFile: data, encoding: .utf8).components(separatedBy: "\n")
        rows[0] += ",\u{1B}[2Jextra"
        rows[1] = rows[1].replacingOccurrences(of: ",MX,", with: ",MX\u{1B}[31m,")
        try rows.joined(separator: "\n").write(toFile: data, atomically: false, encoding: .utf8)
        let r = try VigiaProcess.run(["validate", "--config", config.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("error"), "\(r.stderr)")
        #expect(!r.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F }, "\(r.stderr.debugDescription)")
    }
}
