/// A line of the strategy that indicators are grouped under.
public struct Goal: Hashable, Sendable, Identifiable {
    public let id: String
    public let name: LocalizedText
    public let description: LocalizedText?

    public init(id: String, name: LocalizedText, description: LocalizedText? = nil) {
        self.id = id
        self.name = name
        self.description = description
    }
}
