import VigiaCore

/// Figures read from the store at an as-of date.
public struct StoredObservations: Sendable {
    /// National and sub-national figures of complete periods.
    public let complete: [Observation]
    /// Figures the source marked as covering part of their period (CBP "FYTD"): never assessed as whole periods.
    public let partial: [Observation]
}
