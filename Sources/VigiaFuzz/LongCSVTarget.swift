import VigiaConfig
import VigiaCore
import VigiaStore

/// The store's long-CSV importer on the data files of `Config/data/*.csv`: what `vigia validate`
/// runs (`BundledData`, a dry run with no database), against the real indicators so rows get as
/// far as period, frequency, publication and cross-row checks. `vigia import --format csv` goes
/// through the same reader.
struct LongCSVTarget: FuzzTarget {
    let indicators: KnownIndicators

    init() throws {
        indicators = try FuzzEnvironment.loadConfig().dataIndicators
    }

    func run(_ bytes: UnsafeRawBufferPointer) {
        FuzzEnvironment.writeScratch(bytes)
        let file = BundledFile(path: FuzzEnvironment.scratchFile, name: "data/fuzz.csv")
        let data = BundledData.read([file], indicators: indicators)
        for d in data.diagnostics { _ = d.formatted(.en) + d.formatted(.es) }
    }
}
