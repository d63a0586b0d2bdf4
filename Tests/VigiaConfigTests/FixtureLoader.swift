import Foundation
import Testing
import VigiaCore
@testable import VigiaConfig

/// Builds a config directory from `Tests/Fixtures/config/base` plus one error case, loads its YAML,
/// and returns what a user would see. (The cases with mistakes in `data/*.csv` are the store's to
/// read: `Tests/VigiaStoreTests/BundledData`.)
///
/// Each case folder under `Tests/Fixtures/config/` holds only the files that differ from `base`
/// (a replaced file, or an extra `data/*.csv`). The result is assembled in a fresh
/// temporary directory, so the fixtures themselves are never touched.
struct Fixture {
    /// `Tests/Fixtures/config`, found from this source file (no bundle resources).
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // VigiaConfigTests
        .deletingLastPathComponent()   // Tests
        .appendingPathComponent("Fixtures/config", isDirectory: true)

    /// The bundled config of the repository, `<repo>/Config`.
    static let bundledConfig: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // VigiaConfigTests
        .deletingLastPathComponent()   // Tests
        .deletingLastPathComponent()   // repo
        .appendingPathComponent("Config", isDirectory: true)

    /// The assembled config directory (temporary).
    let directory: URL

    /// Copies `base`, overlays `overlay` (a case folder name, or nil for base alone) and
    /// deletes the `removing` files (paths relative to the config directory).
    init(_ overlay: String?, removing: [String] = []) throws {
        let fm = FileManager.default
        directory = fm.temporaryDirectory
            .appendingPathComponent("vigia-config-tests-\(UUID().uuidString)", isDirectory: true)
        try fm.copyItem(at: Self.root.appendingPathComponent("base"), to: directory)
        if let overlay {
            let source = Self.root.appendingPathComponent(overlay, isDirectory: true)
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: source.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw FixtureError.noSuchCase(overlay)
            }
            try Self.overlay(source, onto: directory)
        }
        for name in removing {
            try fm.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    private static func overlay(_ source: URL, onto target: URL) throws {
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: source.path) else { return }
        while let relative = walker.nextObject() as? String {
            let from = source.appendingPathComponent(relative)
            let to = target.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: from.path, isDirectory: &isDirectory), isDirectory.boolValue {
                try fm.createDirectory(at: to, withIntermediateDirectories: true)
            } else {
                if fm.fileExists(atPath: to.path) { try fm.removeItem(at: to) }
                try fm.copyItem(at: from, to: to)
            }
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The path prefix every diagnostic carries, stripped so expectations read `indicators.yaml:3:5: …`.
    var prefix: String { directory.path + "/" }

    /// Loads the directory; on failure, the formatted diagnostics with `prefix` removed
    /// everywhere (locations, and the other file named by a cross-file duplicate).
    func diagnostics(_ language: Language = .en) -> [String] {
        do {
            _ = try ConfigLoader.load(directory: directory.path)
            return []
        } catch {
            return error.diagnostics.map { $0.formatted(language).replacingOccurrences(of: prefix, with: "") }
        }
    }

    func load() throws -> LoadedConfig {
        try ConfigLoader.load(directory: directory.path)
    }
}

enum FixtureError: Error, CustomStringConvertible {
    case noSuchCase(String)

    var description: String {
        switch self {
        case .noSuchCase(let name): "no fixture folder Tests/Fixtures/config/\(name)"
        }
    }
}

/// Asserts that `base` overlaid with the case folder `name` (nil: base alone) and without the
/// `removing` files gives exactly `expected`, in order, formatted in `language`.
func expectDiagnostics(_ name: String?, removing: [String] = [], _ expected: [String], language: Language = .en,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let fixture = try Fixture(name, removing: removing)
    defer { fixture.remove() }
    let actual = fixture.diagnostics(language)
    #expect(actual == expected, "\(name ?? "base"):\n\(actual.joined(separator: "\n"))", sourceLocation: sourceLocation)
}
