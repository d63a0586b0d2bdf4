import Foundation
import VigiaConfig
import VigiaStore

/// What the targets read once at start: the real configuration (`$VIGIA_FUZZ_CONFIG`, else
/// `Config` in the working directory), so importers map categories exactly as `vigia import` does.
enum FuzzEnvironment {
    static var configDirectory: String {
        ProcessInfo.processInfo.environment["VIGIA_FUZZ_CONFIG"] ?? "Config"
    }

    static func loadConfig() throws -> LoadedConfig {
        try ConfigLoader.load(directory: configDirectory)
    }

    /// A scratch file for targets whose parser reads a path; one per process (libFuzzer's
    /// `-fork`/`-jobs` run several).
    static let scratchFile = NSTemporaryDirectory() + "vigia-fuzz-\(ProcessInfo.processInfo.processIdentifier).csv"

    /// A scratch folder of this process (the YAML targets' copy of the configuration).
    static let scratchFolder = NSTemporaryDirectory() + "vigia-fuzz-config-\(ProcessInfo.processInfo.processIdentifier)"

    /// Removes this process's scratch file and folder (at exit: libFuzzer ends with `exit`).
    static func removeScratch() {
        try? FileManager.default.removeItem(atPath: scratchFile)
        try? FileManager.default.removeItem(atPath: scratchFolder)
    }

    static func writeScratch(_ bytes: UnsafeRawBufferPointer) {
        let fd = open(scratchFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(fd >= 0, "cannot write \(scratchFile)")
        var offset = 0
        while offset < bytes.count {
            let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            precondition(n > 0, "cannot write \(scratchFile)")
            offset += n
        }
        close(fd)
    }
}
