/// A meeting where the committee reviewed the dashboard; the next review reads what changed since.
public struct Review: Hashable, Sendable {
    public let date: CalendarDate
    public let forum: String

    public init(date: CalendarDate, forum: String) {
        self.date = date
        self.forum = forum
    }
}

/// The statuses that changed since the latest review before the as-of date.
public struct ReviewComparison: Sendable {
    public let review: Review
    /// Indicator id → its status at the review, for indicators whose status is different now.
    public let previousStatus: [String: ProgressStatus]
}
