import VigiaCore

/// What importers need of the catalog: the indicators rows may name, and their declared sources.
public struct ImportSettings: Sendable {
    public let indicators: [Indicator]
    public let rules: ImportRules

    public init(indicators: [Indicator], rules: ImportRules) {
        self.indicators = indicators
        self.rules = rules
    }

    public init(_ catalog: Catalog) {
        self.init(indicators: catalog.indicators + catalog.populations.map(\.rowShape), rules: catalog.importRules)
    }
}
