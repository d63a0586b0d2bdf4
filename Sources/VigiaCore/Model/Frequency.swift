/// How often an indicator is observed. Seasonal analysis and period arithmetic depend on it.
public enum Frequency: String, Sendable, CaseIterable, Codable {
    case annual, quarterly, monthly

    /// Observations per year; also the season count for the seasonal trend test.
    public var periodsPerYear: Int {
        switch self {
        case .annual: 1
        case .quarterly: 4
        case .monthly: 12
        }
    }

    /// The adjective in a sentence of either language: "monthly", "mensual".
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (_, .en): rawValue
        case (.annual, .es): "anual"
        case (.quarterly, .es): "trimestral"
        case (.monthly, .es): "mensual"
        }
    }
}
