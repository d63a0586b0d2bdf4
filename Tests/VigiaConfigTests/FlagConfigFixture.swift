import Foundation
import VigiaCore
@testable import VigiaConfig

/// A copy of the bundled `Config/` with the files of one `Tests/Fixtures/config/flags/<case>` folder laid over it.
///
/// The bundled configuration is the base so that fixtures can name the real indicators; each
/// case folder holds only the `rules.yaml` or `lessons.yaml` that replaces the bundled one.
struct FlagConfigFixture {
    static let cases = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/config/flags", isDirectory: true)
    static let bundled = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Config", isDirectory: true)

    let directory: URL

    init(_ name: String?, removing: [String] = []) throws {
        let fm = FileManager.default
        directory = fm.temporaryDirectory.appendingPathComponent("vigia-flag-config-\(UUID().uuidString)")
        try fm.copyItem(at: Self.bundled, to: directory)
        if let name {
            let folder = Self.cases.appendingPathComponent(name)
            for file in try fm.contentsOfDirectory(atPath: folder.path) {
                let target = directory.appendingPathComponent(file)
                try? fm.removeItem(at: target)
                try fm.copyItem(at: folder.appendingPathComponent(file), to: target)
            }
        }
        for file in removing { try fm.removeItem(at: directory.appendingPathComponent(file)) }
    }

    /// `file:line:col: error: message` with the temporary directory stripped.
    func diagnostics(_ language: Language = .en) -> [String] {
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            _ = try ConfigLoader.load(directory: directory.path)
            return []
        } catch {
            return error.diagnostics.map { $0.formatted(language).replacingOccurrences(of: directory.path + "/", with: "") }
        }
    }

    func load() throws -> LoadedConfig {
        defer { try? FileManager.default.removeItem(at: directory) }
        return try ConfigLoader.load(directory: directory.path)
    }
}
