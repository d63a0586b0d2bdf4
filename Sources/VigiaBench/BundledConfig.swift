import Foundation
import VigiaConfig
import VigiaStore

/// A configuration folder read as `vigia` reads it: the YAML by VigiaConfig, the data files by the
/// store's long-CSV importer (`BundledData`). The benchmarks measure correct inputs: a problem stops them.
struct BundledConfig {
    let config: LoadedConfig
    let data: BundledData

    /// `held`: data files the store already holds are skipped, as on every run after the first.
    /// A folder that does not load ends the run with its problems (say, run outside the repository
    /// without `--config`), not a trap.
    init(directory: String, replacing: [String: String] = [:], held: HeldFiles? = nil) {
        do {
            config = try ConfigLoader.load(directory: directory, replacing: replacing)
        } catch {
            Self.stop("vigia-bench: the configuration in \(directory) does not load (run it from the repository, "
                      + "or give --config DIR):\n" + error.formatted())
        }
        data = BundledData.read(config.dataFiles.map { BundledFile(path: $0.path, name: $0.name) },
                                indicators: config.dataIndicators, isHeld: { held?.holds($0) ?? false })
        if !data.diagnostics.isEmpty {
            Self.stop("vigia-bench: the data in \(directory) has problems:\n"
                      + data.diagnostics.map { $0.formatted() }.joined(separator: "\n"))
        }
    }

    private static func stop(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(1)
    }
}
