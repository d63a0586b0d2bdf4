import Foundation
import VigiaConfig
import VigiaCore
@testable import VigiaStore

/// The repository, the bundled configuration and the official raw files of `Tests/Fixtures`, found from this file.
enum Fixture {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = repo.appendingPathComponent("Tests/Fixtures")
    static let raw = fixtures.appendingPathComponent("raw")

    static func rawFile(_ name: String) -> String { raw.appendingPathComponent(name).path }

    static let config: LoadedFolder = {
        do {
            return try LoadedFolder(directory: repo.appendingPathComponent("Config").path)
        } catch {
            fatalError("the bundled config must load: \(error)")
        }
    }()

    static var settings: ImportSettings { ImportSettings(config.catalog) }

    static let vintage = CalendarDate("2026-11-01")!

    /// A store seeded with the bundled data, in memory unless a path is given (a new PostgreSQL
    /// database instead of memory when the run asks for it: see `PostgresServer`).
    static func store(at path: String = Store.inMemory, seeded: Bool = true) throws -> Store {
        let location = path == Store.inMemory && PostgresServer.replacesInMemory ? try PostgresServer.newDatabase() : path
        let store = try Store(path: location)
        if seeded { _ = try store.seed(config.dataFiles, vintage: vintage, importedAt: "2026-11-01T00:00:00Z") }
        return store
    }

    static func request(_ path: String, format: ImportFormat? = nil, dryRun: Bool = false,
                        vintage: CalendarDate = Fixture.vintage) -> ImportRequest {
        ImportRequest(path: path, format: format, dryRun: dryRun, vintage: vintage, importedAt: "2026-11-01T12:00:00Z")
    }

    /// Imports and returns the summary; a fatal problem fails the calling test with its message.
    static func load(_ path: String, into store: Store, format: ImportFormat? = nil, dryRun: Bool = false,
                     vintage: CalendarDate = Fixture.vintage, settings: ImportSettings = Fixture.settings) throws -> ImportSummary {
        try store.importFile(request(path, format: format, dryRun: dryRun, vintage: vintage), settings: settings)
    }

    /// The import's fatal problem, or nil when it did not fail.
    static func failure(_ path: String, into store: Store, format: ImportFormat? = nil) -> ImportFailure? {
        do {
            _ = try store.importFile(request(path, format: format), settings: settings)
            return nil
        } catch {
            return error
        }
    }
}

/// A configuration folder read as `vigia` reads it: the YAML by VigiaConfig, the data files by the
/// store's long-CSV importer. Any problem throws.
struct LoadedFolder {
    struct Problems: Error, CustomStringConvertible {
        let description: String
    }

    let config: LoadedConfig
    let data: BundledData

    var catalog: Catalog { config.catalog }
    var dataFiles: [BundledFile] { data.files }
    var observations: [Observation] { data.observations }

    init(directory: String, isHeld: (String) -> Bool = { _ in false }) throws {
        config = try ConfigLoader.load(directory: directory)
        data = BundledData.read(config.dataFiles.map { BundledFile(path: $0.path, name: $0.name) },
                                indicators: config.dataIndicators, isHeld: isHeld)
        guard data.diagnostics.isEmpty else {
            throw Problems(description: data.diagnostics.map { $0.formatted() }.joined(separator: "\n"))
        }
    }
}

/// A fresh directory under the system temporary folder, removed when released.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-store-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
        return path(name)
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        try Data(bytes).write(to: url.appendingPathComponent(name))
        return path(name)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

extension StoredObservations {
    func value(_ indicator: String, _ geo: String, _ period: Period) -> Double? {
        complete.first { $0.indicator == indicator && $0.geo == geo && $0.period == period }?.value
    }
}

/// Messages collected from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ s: String) { lock.withLock { list.append(s) } }
    var all: [String] { lock.withLock { list } }
}
