import VigiaConfig
import VigiaCore

/// The long CSV of `Config/data/*.csv` and of `vigia import` (`LongFormat`), against the real
/// indicators so rows get as far as period, frequency and publication checks.
struct LongCSVTarget: FuzzTarget {
    let indicators: [Indicator]

    init() throws {
        let config = try FuzzEnvironment.loadConfig()
        indicators = config.catalog.indicators + config.catalog.populations.map(\.rowShape)
    }

    func run(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        let result = LongFormat.read(file: "data/fuzz.csv", text: text, indicators: indicators)
        for d in result.diagnostics { _ = d.location.description + d.problem.message(.en) + d.problem.message(.es) }
    }
}
