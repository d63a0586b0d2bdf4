/// The indicators other files may name, as far as the catalog loaded: the valid ones (with, for
/// data rows, the shapes of the population series), the ids declared but broken, and whether
/// there was a list at all. Handed from the configuration to every reader that checks ids (its own
/// YAML files, the long CSV of the data files), so one mistake gives one message: a row naming an
/// indicator whose definition is broken is not reported again, and without a readable
/// indicators.yaml nothing can be called unknown.
public struct KnownIndicators: Sendable {
    public let valid: [String: Indicator]
    /// Every id declared, valid or not.
    public let declared: Set<String>
    /// Population series among `valid`: their estimates and projections are published before their year ends.
    public let populations: Set<String>
    /// False when the indicators could not be read as a list: nothing can be called unknown.
    public let checkable: Bool

    public init(valid: [Indicator], declared: Set<String>, populations: Set<String> = [], checkable: Bool = true) {
        self.valid = Dictionary(valid.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.declared = declared.union(self.valid.keys)
        self.populations = populations
        self.checkable = checkable
    }

    /// Every one valid and declared (a catalog that loaded).
    public init(_ indicators: [Indicator]) {
        self.init(valid: indicators, declared: [])
    }

    public subscript(id: String) -> Indicator? { valid[id] }

    /// The problem to report for `id`, or nil when it is valid or was declared (and reported where it is defined).
    public func problem(for id: String) -> InputProblem? {
        guard checkable, valid[id] == nil, !declared.contains(id) else { return nil }
        return .unknownIndicator(id, suggestion: Suggestion.closest(to: id, in: Array(declared)))
    }
}
