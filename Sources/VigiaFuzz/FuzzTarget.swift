/// One input format under fuzzing: it is handed arbitrary bytes and must neither crash nor hang.
/// A finding is whatever makes the process die (a trap, an AddressSanitizer report, a timeout).
protocol FuzzTarget {
    /// Called once per input; the bytes are only valid during the call.
    func run(_ bytes: UnsafeRawBufferPointer)
}

/// Every target by the name `Tests/Fuzz/run.sh` takes, with the folders that seed its corpus.
enum FuzzTargets {
    struct Entry: Sendable {
        let name: String
        let summary: String
        let make: @Sendable () throws -> any FuzzTarget
    }

    static let all: [Entry] = [
        Entry(name: "indicators-yaml", summary: "ConfigLoader with indicators.yaml replaced by the input",
              make: { try ConfigYAMLTarget(replacing: "indicators.yaml") }),
        Entry(name: "targets-yaml", summary: "ConfigLoader with targets.yaml replaced by the input",
              make: { try ConfigYAMLTarget(replacing: "targets.yaml") }),
        Entry(name: "long-csv", summary: "the store's long-CSV importer on a data file of Config/data (BundledData)",
              make: { try LongCSVTarget() }),
        Entry(name: "sesnsp", summary: "a raw import (format detected from the header) into a :memory: store, dry run",
              make: { try RawImportTarget(format: nil) }),
        Entry(name: "vsrr", summary: "the CDC VSRR importer into a :memory: store, dry run",
              make: { try RawImportTarget(format: .cdcVSRR) }),
        Entry(name: "cbp", summary: "the CBP drug seizures importer into a :memory: store, dry run",
              make: { try RawImportTarget(format: .cbpDrugs) }),
        Entry(name: "period-number", summary: "Period(utf8:), Period(_:) and NumberSyntax on text and bytes",
              make: { PeriodNumberTarget() }),
    ]

    static func named(_ name: String) -> Entry? { all.first { $0.name == name } }
}
