import Foundation

/// Runs the real `vigia` binary, as a user would, and captures what it prints.
struct VigiaProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The repository root (where `Config/` is), from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `vigia` built next to the test bundle.
    static let binary: URL = {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("vigia")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/vigia")
    }()

    /// Runs `vigia arguments…` in `directory` with a clean environment (LANG=C.UTF-8, no VIGIA_* but
    /// VIGIA_DB=:memory:, so no test reads or writes the developer's ./data/vigia.sqlite).
    /// `executable` is another copy of (or link to) the binary, for tests of an installed layout.
    /// `stdout`, when given, replaces the captured output (e.g. `/dev/full`); `stdout` is then "".
    static func run(_ arguments: [String], environment: [String: String] = [:], in directory: URL = root,
                    executable: URL = binary, stdout: FileHandle? = nil) throws -> Result {
        let scratch = try TemporaryDirectory()
        let outURL = scratch.url.appendingPathComponent("stdout"), errURL = scratch.url.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        for key in ["VIGIA_CONFIG", "VIGIA_DB", "LC_ALL", "LC_MESSAGES"] { env.removeValue(forKey: key) }
        env["VIGIA_DB"] = ":memory:"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        process.standardOutput = stdout ?? out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(status: process.terminationStatus,
                      stdout: try String(contentsOf: outURL, encoding: .utf8),
                      stderr: try String(contentsOf: errURL, encoding: .utf8))
    }
}

/// A fresh directory under the system temporary folder, removed when released.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A copy of the bundled `Config/` inside this directory.
    func copyOfBundledConfig() throws -> URL {
        let target = url.appendingPathComponent("Config")
        try FileManager.default.copyItem(at: VigiaProcess.root.appendingPathComponent("Config"), to: target)
        return target
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
