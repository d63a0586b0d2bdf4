/// Something that happened, shown on the charts of the indicators it concerns so that a change
/// can be read against what was done: an agreement, a transfer, an operation, a policy, a change
/// of method (`Config/events.yaml`).
public struct PolicyEvent: Hashable, Sendable {
    public let date: CalendarDate
    public let title: LocalizedText
    public let kind: EventKind
    public let scope: EventScope
    /// Where it is documented.
    public let source: String

    public init(date: CalendarDate, title: LocalizedText, kind: EventKind, scope: EventScope, source: String) {
        self.date = date
        self.title = title
        self.kind = kind
        self.scope = scope
        self.source = source
    }

    public func concerns(_ indicator: String) -> Bool {
        switch scope {
        case .all: true
        case .indicators(let ids): ids.contains(indicator)
        }
    }

    /// On the time axis in years, as periods are (a date in March sits at year + 2/12 + day).
    public var time: Double {
        Double(date.year) + (Double(date.month - 1) + Double(date.day - 1) / 31) / 12
    }
}

public enum EventKind: String, Sendable, CaseIterable {
    case agreement, transfer, operation, policy, methodology
}

/// Which indicators an event concerns.
public enum EventScope: Hashable, Sendable {
    case all
    case indicators([String])
}
