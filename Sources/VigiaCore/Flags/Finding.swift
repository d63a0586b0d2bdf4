/// What a rule found, before the decisions log is consulted.
public struct Finding: Hashable, Sendable {
    public let severity: Severity
    /// The period since which the condition holds (each rule documents how it is dated).
    public let since: Period
    /// What holds, with its numbers.
    public let message: DeferredText
    /// What to do about it.
    public let adjustment: DeferredText

    public init(severity: Severity, since: Period, message: DeferredText, adjustment: DeferredText) {
        self.severity = severity
        self.since = since
        self.message = message
        self.adjustment = adjustment
    }
}
