import VigiaConfig
import VigiaCore

/// What importers need from the configuration: the indicators and their `import` blocks.
public struct ImportSettings: Sendable {
    public let indicators: [Indicator]
    public let rules: ImportRules

    public init(indicators: [Indicator], rules: ImportRules) {
        self.indicators = indicators
        self.rules = rules
    }

    public init(_ config: LoadedConfig) {
        self.init(indicators: config.catalog.indicators + config.catalog.populations.map(\.rowShape), rules: config.importRules)
    }
}
