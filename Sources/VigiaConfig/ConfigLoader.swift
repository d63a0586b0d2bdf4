import Foundation
import VigiaCore

/// Everything read from a config directory: the catalog, and the bundled observations.
public struct LoadedConfig: Sendable {
    public let catalog: Catalog
    public let observations: [Observation]
    /// The files that were read, relative to the directory, in reading order.
    public let files: [String]
    /// Each `data/*.csv` with its own observations, for seeding the store file by file.
    public let dataFiles: [ConfigDataFile]
}

/// One bundled data file: where it is and what it holds once validated.
public struct ConfigDataFile: Sendable {
    /// Full path, for reading its bytes (the store records files by content hash).
    public let path: String
    /// Relative to the config directory, as in diagnostics: `data/x.csv`.
    public let name: String
    public let observations: [Observation]
    /// Skipped by the loader: the store holds this very content (its observations are not here).
    public var held = false
}

/// Reads and validates a config directory (`indicators.yaml`, `targets.yaml`, the optional
/// `rules.yaml`, `lessons.yaml`, `reviews.yaml` and `events.yaml`, `data/*.csv`).
///
/// Every file is read even after an error, so one run reports every problem.
public enum ConfigLoader {
    public static let dataFolder = "data"

    /// - Parameter replacing: file texts to use instead of what is on disk (name → text), so a change
    ///   can be validated before it is written.
    /// - Parameter isHeld: data files (full path) the store already holds unchanged: they are
    ///   neither read nor validated again (they were when seeded), and bring no observations here.
    ///   `vigia validate` passes none, and so reads every file.
    public static func load(directory: String, replacing: [String: String] = [:],
                            isHeld: (String) -> Bool = { _ in false }) throws(ConfigError) -> LoadedConfig {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ConfigError([Diagnostic(.directoryMissing(directory), at: SourceLocation(file: directory))])
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

        var rows: [DataFile.Row] = []
        let knownData = KnownIndicators(indicatorsFile, includingPopulations: true)
        let dataNames = files.dataFiles()
        let held = Set(dataNames.filter { isHeld(files.path($0)) })
        for name in dataNames where !held.contains(name) {
            guard let text = files.read(name, required: true) else { continue }
            rows += DataFile(file: files.path(name), text: text, indicators: knownData, log: log).rows
        }
        let observations = DataChecks.unique(rows, log: log)
        var byFile: [String: [Observation]] = [:]
        for row in rows { byFile[row.location.file, default: []].append(row.observation) }
        let dataFiles = dataNames.map { name in
            ConfigDataFile(path: files.path(name), name: name, observations: byFile[files.path(name)] ?? [],
                           held: held.contains(name))
        }
        DataChecks.singleNationalGeo(rows, log: log)
        DataChecks.populationGaps(rows, populations: Set(indicatorsFile.populations.map(\.id)), log: log)

        guard log.isEmpty else { throw ConfigError(log.diagnostics) }
        let catalog = Catalog(goals: indicatorsFile.goals, indicators: indicatorsFile.indicators, targets: targets,
                              rules: rules, decisions: decisions, reviews: reviews, events: events,
                              populations: indicatorsFile.populations)
        let optional = [RulesFile.name, LessonsFile.name, ReviewsFile.name, EventsFile.name].filter { files.exists($0) }
        return LoadedConfig(catalog: catalog, observations: observations,
                            files: [IndicatorsFile.name, TargetsFile.name] + optional + dataNames,
                            dataFiles: dataFiles)
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

/// What makes a figure one: no two rows may share it. A struct, not a formatted string: a
/// million rows are keyed without a million string interpolations.
struct FigureKey: Hashable {
    let indicator: String
    let period: Period
    let geo: String

    init(_ o: Observation) {
        indicator = o.indicator
        period = o.period
        geo = o.geo
    }
}

/// Checks that span all data files.
enum DataChecks {
    /// Drops (and reports) the second of two rows for the same indicator, period and geo.
    static func unique(_ rows: [DataFile.Row], log: DiagnosticLog) -> [Observation] {
        var seen: [FigureKey: SourceLocation] = [:]
        seen.reserveCapacity(rows.count)
        var result: [Observation] = []
        result.reserveCapacity(rows.count)
        for row in rows {
            let o = row.observation
            let key = FigureKey(o)
            if let first = seen[key] {
                let otherFile = first.file == row.location.file ? nil : first.file
                log.report(.duplicateRow(key: "(\(o.indicator), \(o.period), \(o.geo))", firstFile: otherFile,
                                         firstLine: first.line), at: row.location)
            } else {
                seen[key] = row.location
                result.append(o)
            }
        }
        return result
    }

    /// A population series gives every place every year from its first to its last estimate: a
    /// missing year is reported here, never filled in (a rate on a guessed population is not a rate).
    static func populationGaps(_ rows: [DataFile.Row], populations: Set<String>, log: DiagnosticLog) {
        guard !populations.isEmpty else { return }
        var years: [String: [Int: SourceLocation]] = [:]
        for row in rows where populations.contains(row.observation.indicator) {
            years["\(row.observation.indicator) \(row.observation.geo)", default: [:]][row.observation.period.year] = row.location
        }
        for (key, byYear) in years.sorted(by: { $0.key < $1.key }) {
            let sorted = byYear.keys.sorted()
            for (a, b) in zip(sorted, sorted.dropFirst()) where b > a + 1 {
                let parts = key.split(separator: " ")
                log.report(.populationGap(id: String(parts[0]), geo: String(parts[1]), year: a + 1, before: a, after: b),
                           at: byYear[b]!)
            }
        }
    }

    /// An indicator's national series must come from one country code.
    static func singleNationalGeo(_ rows: [DataFile.Row], log: DiagnosticLog) {
        var geos: [String: [String: SourceLocation]] = [:]
        for row in rows where GeoCode(row.observation.geo).isNational {
            geos[row.observation.indicator, default: [:]][row.observation.geo] =
                geos[row.observation.indicator]?[row.observation.geo] ?? row.location
        }
        for (indicator, byGeo) in geos.sorted(by: { $0.key < $1.key }) where byGeo.count > 1 {
            let last = byGeo.values.max()!
            log.report(.mixedNationalGeo(indicator: indicator, geos: byGeo.keys.sorted()), at: last)
        }
    }
}

/// The indicators that loaded, and the ids that were declared but did not.
struct KnownIndicators {
    let valid: [String: Indicator]
    let declared: Set<String>
    /// Population series among `valid`: estimates and projections are published before their year ends.
    var populations: Set<String> = []
    /// False when indicators.yaml could not be read as a list: nothing can be called unknown.
    let checkable: Bool

    /// `includingPopulations`: data rows may also be population estimates.
    init(_ file: IndicatorsFile, includingPopulations: Bool = false) {
        let shapes = includingPopulations ? file.populations.map(\.rowShape) : []
        valid = Dictionary((file.indicators + shapes).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        declared = file.declaredIDs.union(shapes.map(\.id))
        populations = Set(shapes.map(\.id))
        checkable = file.hasIndicatorList
    }

    init(_ indicators: [Indicator]) {
        valid = Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        declared = Set(valid.keys)
        checkable = true
    }

    subscript(id: String) -> Indicator? { valid[id] }

    /// The problem to report for `id`, or nil when it is valid or already reported in indicators.yaml.
    func problem(for id: String) -> ConfigProblem? {
        guard checkable, valid[id] == nil, !declared.contains(id) else { return nil }
        return .unknownIndicator(id, suggestion: Suggestion.closest(to: id, in: Array(declared)))
    }
}
