/// Two indicators the strategy links causally, e.g. an interdiction output and the harm it should reduce.
public struct IndicatorPair: Hashable, Sendable {
    public let first: String
    public let second: String

    public init(_ first: String, _ second: String) {
        self.first = first
        self.second = second
    }

    /// The other member when `id` is one of the pair.
    public func partner(of id: String) -> String? {
        id == first ? second : (id == second ? first : nil)
    }
}
