/// A denominator: July (mid-year) population estimates by year, for the nation and its states
/// (indicators.yaml `populations`). Its figures live in `data/*.csv` like any indicator's, each
/// row with its source and publication date, so `--as-of` sees only the estimates public by then.
public struct PopulationSeries: Hashable, Sendable, Identifiable {
    public let id: String
    public let name: LocalizedText
    public let country: Country
    public let source: String

    public init(id: String, name: LocalizedText, country: Country, source: String) {
        self.id = id
        self.name = name
        self.country = country
        self.source = source
    }

    /// The shape its data rows are checked against: yearly counts of people.
    public var rowShape: Indicator {
        Indicator(id: id, goal: "", name: name, unit: LocalizedText(en: "people", es: "personas"), country: country,
                  direction: .increase, frequency: .annual, source: source)
    }
}
