/// What is measured, where the figures come from, and how to read them.
public struct Indicator: Hashable, Sendable, Identifiable {
    public let id: String
    public let goal: String
    public let name: LocalizedText
    public let unit: LocalizedText
    public let country: Country
    public let direction: Direction
    public let frequency: Frequency
    public let source: String
    public let aggregate: Aggregate
    public let progress: ProgressChoice
    /// Years of data the trend test looks at; nil means since the baseline (or all data without a target).
    public let trendWindowYears: Int?
    /// What the figure means and why its direction is the desired one.
    public let description: LocalizedText?

    public init(id: String, goal: String, name: LocalizedText, unit: LocalizedText, country: Country,
                direction: Direction, frequency: Frequency, source: String, aggregate: Aggregate = .sum,
                progress: ProgressChoice = .auto, trendWindowYears: Int? = nil,
                description: LocalizedText? = nil) {
        self.id = id
        self.goal = goal
        self.name = name
        self.unit = unit
        self.country = country
        self.direction = direction
        self.frequency = frequency
        self.source = source
        self.aggregate = aggregate
        self.progress = progress
        self.trendWindowYears = trendWindowYears
        self.description = description
    }
}
