import VigiaConfig
import VigiaStore

/// A configuration folder read as `vigia` reads it: the YAML by VigiaConfig, the data files by the
/// store's long-CSV importer (`BundledData`). The benchmarks measure correct inputs: a problem stops them.
struct BundledConfig {
    let config: LoadedConfig
    let data: BundledData

    /// `held`: data files the store already holds are skipped, as on every run after the first.
    init(directory: String, replacing: [String: String] = [:], held: HeldFiles? = nil) {
        config = try! ConfigLoader.load(directory: directory, replacing: replacing)
        data = BundledData.read(config.dataFiles.map { BundledFile(path: $0.path, name: $0.name) },
                                indicators: config.dataIndicators, isHeld: { held?.holds($0) ?? false })
        precondition(data.diagnostics.isEmpty, data.diagnostics.map { $0.formatted() }.joined(separator: "\n"))
    }
}
