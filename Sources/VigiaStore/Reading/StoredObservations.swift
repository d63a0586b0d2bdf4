import VigiaCore

/// Figures read from the store at an as-of date.
public struct StoredObservations: Sendable {
    /// Figures of complete periods: every level, or every level but the municipalities' when
    /// `municipal` holds their sums.
    public let complete: [Observation]
    /// Figures the source marked as covering part of their period (CBP "FYTD"): never assessed as whole periods.
    public let partial: [Observation]
    /// The municipal figures' sums, and where to read the figures when a screen shows them; nil
    /// when `complete` holds the municipal figures themselves (a store whose sums are not current).
    public let municipal: MunicipalData?

    public init(complete: [Observation], partial: [Observation], municipal: MunicipalData? = nil) {
        self.complete = complete
        self.partial = partial
        self.municipal = municipal
    }
}
