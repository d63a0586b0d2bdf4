import Foundation
import Testing
import VigiaConfig
import VigiaCore
@testable import VigiaStore

/// A config directory built from `Tests/Fixtures/config/base` plus one case folder, read as
/// `vigia validate` reads it: the YAML by VigiaConfig, the data files by the store's long-CSV
/// importer (`BundledData`, no database). The result is assembled in a fresh temporary directory,
/// so the fixtures themselves are never touched.
struct ConfigFolderFixture {
    static let root = Fixture.fixtures.appendingPathComponent("config", isDirectory: true)

    let directory: URL

    init(_ overlay: String?) throws {
        let fm = FileManager.default
        directory = fm.temporaryDirectory.appendingPathComponent("vigia-data-tests-\(UUID().uuidString)", isDirectory: true)
        try fm.copyItem(at: Self.root.appendingPathComponent("base"), to: directory)
        guard let overlay else { return }
        let source = Self.root.appendingPathComponent(overlay, isDirectory: true)
        for relative in fm.subpaths(atPath: source.path) ?? [] {
            let from = source.appendingPathComponent(relative), to = directory.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: from.path, isDirectory: &isDirectory), isDirectory.boolValue {
                try fm.createDirectory(at: to, withIntermediateDirectories: true)
            } else {
                try? fm.removeItem(at: to)
                try fm.copyItem(at: from, to: to)
            }
        }
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    /// The YAML's reading and the data files' (none held).
    func read() -> (config: ConfigReading, data: BundledData) {
        let reading = ConfigLoader.read(directory: directory.path)
        let files = reading.config.dataFiles.map { BundledFile(path: $0.path, name: $0.name) }
        return (reading, BundledData.read(files, indicators: reading.config.dataIndicators))
    }

    /// What a user would see: the YAML's problems, then the data files', with the directory removed
    /// everywhere (locations, and the other file named by a cross-file duplicate).
    func diagnostics(_ language: Language = .en) -> [String] {
        let (config, data) = read()
        let lines = config.diagnostics.map { $0.formatted(language) } + data.diagnostics.map { $0.formatted(language) }
        return lines.map { $0.replacingOccurrences(of: directory.path + "/", with: "") }
    }
}

/// Asserts that `base` overlaid with the case folder `name` gives exactly `expected`, in order.
func expectDataDiagnostics(_ name: String?, _ expected: [String], language: Language = .en,
                           sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let fixture = try ConfigFolderFixture(name)
    defer { fixture.remove() }
    let actual = fixture.diagnostics(language)
    #expect(actual == expected, "\(name ?? "base"):\n\(actual.joined(separator: "\n"))", sourceLocation: sourceLocation)
}
