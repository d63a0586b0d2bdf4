/// Up or down: above the centre line, or increasing; below it, or decreasing.
public enum Side: String, Sendable, CaseIterable {
    case high, low

    /// The reading of a movement this way for an indicator with `direction`.
    public func reading(for direction: Direction) -> Reading {
        switch (self, direction) {
        case (.high, .increase), (.low, .decrease): .improvement
        case (.high, .decrease), (.low, .increase): .concern
        }
    }
}

/// Whether a special cause is good or bad news, by the indicator's desired direction.
public enum Reading: String, Sendable, CaseIterable {
    case improvement, concern
}
