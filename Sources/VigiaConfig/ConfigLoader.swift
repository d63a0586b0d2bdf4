import Foundation
import VigiaCore

/// Everything read from a config directory's YAML: the catalog, and the data files beside it.
public struct LoadedConfig: Sendable {
    public let catalog: Catalog
    /// The files of the directory, relative to it, in reading order (the YAML, then the data files).
    public let files: [String]
    /// `data/*.csv`, sorted: the configuration declares them, the store's long-CSV importer reads them.
    public let dataFiles: [ConfigFile]
    /// What the data files' rows may name: the indicators and the population series, as far as they loaded.
    public let dataIndicators: KnownIndicators
}

/// One file of a config directory: its name as diagnostics show it, and where it is.
public struct ConfigFile: Hashable, Sendable {
    /// Relative to the config directory: `data/x.csv`.
    public let name: String
    /// Full path, for reading it.
    public let path: String
}

/// What reading a config directory gave, and every problem found in its YAML. With problems, the
/// catalog holds what loaded: enough to check the data files against (`vigia validate` reports
/// the YAML's problems and the data files' together), not to evaluate.
public struct ConfigReading: Sendable {
    public let config: LoadedConfig
    public let diagnostics: [Diagnostic]
}

/// Reads and validates a config directory's YAML (`indicators.yaml`, `targets.yaml`, the optional
/// `rules.yaml`, `lessons.yaml`, `reviews.yaml` and `events.yaml`), and lists its `data/*.csv`.
/// The data files are long CSV: the store's importer reads and checks them, not the configuration.
///
/// Every file is read even after an error, so one run reports every problem.
public enum ConfigLoader {
    public static let dataFolder = "data"

    /// - Parameter replacing: file texts to use instead of what is on disk (name → text), so a change
    ///   can be validated before it is written.
    public static func load(directory: String, replacing: [String: String] = [:]) throws(ConfigError) -> LoadedConfig {
        let reading = read(directory: directory, replacing: replacing)
        guard reading.diagnostics.isEmpty else { throw ConfigError(reading.diagnostics) }
        return reading.config
    }

    /// The directory as far as it reads, and its problems; never throws.
    public static func read(directory: String, replacing: [String: String] = [:]) -> ConfigReading {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            let empty = LoadedConfig(catalog: Catalog(goals: [], indicators: [], targets: []), files: [], dataFiles: [],
                                     dataIndicators: KnownIndicators(valid: [], declared: [], checkable: false))
            return ConfigReading(config: empty,
                                 diagnostics: [Diagnostic(.directoryMissing(directory), at: SourceLocation(file: directory))])
        }
        let log = DiagnosticLog()
        let files = ConfigFiles(directory: directory, log: log, replacing: replacing)

        let indicatorsText = files.read(IndicatorsFile.name, required: true)
        let indicatorsDocument = YAMLDocument(file: files.path(IndicatorsFile.name), text: indicatorsText ?? "", log: log)
        if indicatorsText != nil, indicatorsDocument.isEmpty {
            log.report(.missingField("indicators"), at: SourceLocation(file: indicatorsDocument.file))
        }
        let indicatorsFile = IndicatorsFile(indicatorsDocument, log: log)
        let known = KnownIndicators(indicatorsFile)

        var targets: [Target] = []
        if let text = files.read(TargetsFile.name, required: false) {
            targets = TargetsFile(YAMLDocument(file: files.path(TargetsFile.name), text: text, log: log),
                                  indicators: known, log: log).targets
        }

        var rules = RuleSettings.defaults
        if let text = files.read(RulesFile.name, required: false) {
            rules = RulesFile(YAMLDocument(file: files.path(RulesFile.name), text: text, log: log),
                              indicators: known, log: log).settings
        }
        var decisions: [Decision] = []
        if let text = files.read(LessonsFile.name, required: false) {
            decisions = LessonsFile(YAMLDocument(file: files.path(LessonsFile.name), text: text, log: log),
                                    indicators: known, log: log).decisions
        }

        var reviews: [Review] = []
        if let text = files.read(ReviewsFile.name, required: false) {
            reviews = ReviewsFile(YAMLDocument(file: files.path(ReviewsFile.name), text: text, log: log), log: log).reviews
        }

        var events: [PolicyEvent] = []
        if let text = files.read(EventsFile.name, required: false) {
            events = EventsFile(YAMLDocument(file: files.path(EventsFile.name), text: text, log: log),
                                indicators: known, log: log).events
        }

        let dataNames = files.dataFiles()
        let catalog = Catalog(goals: indicatorsFile.goals, indicators: indicatorsFile.indicators, targets: targets,
                              rules: rules, decisions: decisions, reviews: reviews, events: events,
                              populations: indicatorsFile.populations)
        let optional = [RulesFile.name, LessonsFile.name, ReviewsFile.name, EventsFile.name].filter { files.exists($0) }
        let config = LoadedConfig(catalog: catalog, files: [IndicatorsFile.name, TargetsFile.name] + optional + dataNames,
                                  dataFiles: dataNames.map { ConfigFile(name: $0, path: files.path($0)) },
                                  dataIndicators: KnownIndicators(indicatorsFile, includingPopulations: true))
        return ConfigReading(config: config, diagnostics: log.diagnostics)
    }
}

/// File access for one config directory, reporting unreadable and non-UTF-8 files.
struct ConfigFiles {
    let directory: String
    let log: DiagnosticLog
    var replacing: [String: String] = [:]

    func path(_ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: path(name))
    }

    func read(_ name: String, required: Bool) -> String? {
        if let text = replacing[name] { return text }
        let full = path(name)
        guard FileManager.default.fileExists(atPath: full) else {
            if required { log.report(.fileMissing, at: SourceLocation(file: full)) }
            return nil
        }
        guard let data = FileManager.default.contents(atPath: full) else {
            log.report(.unreadable(Self.reason(full)), at: SourceLocation(file: full))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            log.report(.notUTF8, at: SourceLocation(file: full))
            return nil
        }
        return text
    }

    /// `data/*.csv`, sorted so every run reads them in the same order.
    func dataFiles() -> [String] {
        let folder = path(ConfigLoader.dataFolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".csv") && !$0.hasPrefix(".") }.sorted()
            .map { "\(ConfigLoader.dataFolder)/\($0)" }
    }

    private static func reason(_ path: String) -> String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return "is a directory"
        }
        return FileManager.default.isReadableFile(atPath: path) ? "read failed" : "permission denied"
    }
}

extension KnownIndicators {
    /// The indicators of `indicators.yaml`; `includingPopulations`: data rows may also be population estimates.
    init(_ file: IndicatorsFile, includingPopulations: Bool = false) {
        let shapes = includingPopulations ? file.populations.map(\.rowShape) : []
        self.init(valid: file.indicators + shapes, declared: file.declaredIDs.union(shapes.map(\.id)),
                  populations: Set(shapes.map(\.id)), checkable: file.hasIndicatorList)
    }
}
