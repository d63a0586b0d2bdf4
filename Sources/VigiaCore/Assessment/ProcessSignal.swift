/// A special cause located in time, and what it means for this indicator.
public struct ProcessSignal: Hashable, Sendable {
    public let test: SpecialCauseTest
    public let side: Side
    public let reading: Reading
    public let from: Period
    public let to: Period
}

/// What the most recent point says about the process (the NHS "variation" icon).
public enum Variation: String, Sendable, CaseIterable {
    case commonCause = "common-cause"
    case improvement = "special-cause-improvement"
    case concern = "special-cause-concern"
}
