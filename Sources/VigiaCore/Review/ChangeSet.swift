/// What changed between two dates, for the committee's "since the last review" section:
/// status changes, new and cleared flags, target revisions, data revisions, new observations, and
/// the events in between.
///
/// Both dashboards come from the same configuration and data evaluated at two as-of dates, so
/// every change is one the record explains (a new figure, a revised one, a new target).
public struct ChangeSet: Sendable {
    public struct StatusChange: Sendable {
        public let indicator: Indicator
        public let from: ProgressStatus
        public let to: ProgressStatus
    }

    public struct FlagChange: Sendable {
        public let indicator: Indicator
        public let flag: Flag
    }

    public struct TargetChange: Sendable {
        public let indicator: Indicator
        public let revision: TargetRevision
        /// The target in force before this revision (nil for a first agreement).
        public let previous: TargetRevision?
    }

    public struct NewData: Sendable {
        public let indicator: Indicator
        public let count: Int
        public let latest: Period
    }

    public let since: CalendarDate
    public let asOf: CalendarDate
    public let statusChanges: [StatusChange]
    public let newFlags: [FlagChange]
    public let clearedFlags: [FlagChange]
    public let targetRevisions: [TargetChange]
    public let dataRevisions: [Revision]
    public let newObservations: [NewData]
    /// What happened in between, for the indicators shown (events.yaml).
    public let events: [PolicyEvent]

    public var isEmpty: Bool {
        statusChanges.isEmpty && newFlags.isEmpty && clearedFlags.isEmpty && targetRevisions.isEmpty
            && dataRevisions.isEmpty && newObservations.isEmpty && events.isEmpty
    }

    /// `before` is the dashboard evaluated at `since`, `after` at the report's as-of date.
    /// `revisions` are the store's recorded value changes (empty without a store).
    public init(before: Dashboard, after: Dashboard, revisions: [Revision] = []) {
        since = before.asOf
        asOf = after.asOf
        let earlier = Dictionary(before.assessments.map { ($0.indicator.id, $0) }, uniquingKeysWith: { a, _ in a })
        var status: [StatusChange] = [], added: [FlagChange] = [], cleared: [FlagChange] = []
        var targets: [TargetChange] = [], data: [NewData] = []
        for a in after.assessments {
            let old = earlier[a.indicator.id]
            if let old, old.status != a.status {
                status.append(StatusChange(indicator: a.indicator, from: old.status, to: a.status))
            }
            let oldRules = Set(old?.flags.map(\.rule) ?? []), newRules = Set(a.flags.map(\.rule))
            added += a.flags.filter { !oldRules.contains($0.rule) }.map { FlagChange(indicator: a.indicator, flag: $0) }
            cleared += (old?.flags ?? []).filter { !newRules.contains($0.rule) }.map { FlagChange(indicator: a.indicator, flag: $0) }
            targets += Self.revisions(a, from: before.asOf, to: after.asOf)
            // New: periods known now that were not known then (the store dates each figure by
            // when it became public, so a period that ended long ago can be new).
            let known = Set(old?.series.map(\.period) ?? [])
            let fresh = a.series.filter { !known.contains($0.period) }
            if let last = fresh.last { data.append(NewData(indicator: a.indicator, count: fresh.count, latest: last.period)) }
        }
        let shown = Set(after.assessments.map(\.indicator.id))
        statusChanges = status
        newFlags = added
        clearedFlags = cleared
        targetRevisions = targets
        dataRevisions = revisions.filter { shown.contains($0.indicator) && $0.recorded > before.asOf && $0.recorded <= after.asOf }
        newObservations = data
        var seen = Set<PolicyEvent>()
        events = after.assessments.flatMap(\.events)
            .filter { $0.date > before.asOf && seen.insert($0).inserted }
            .sorted { $0.date < $1.date }
    }

    /// Revisions agreed after `from` and on or before `to`, each with the one it replaced.
    static func revisions(_ a: Assessment, from: CalendarDate, to: CalendarDate) -> [TargetChange] {
        guard let history = a.target?.history else { return [] }
        return history.indices.compactMap { i in
            let r = history[i]
            guard r.agreed > from, r.agreed <= to else { return nil }
            return TargetChange(indicator: a.indicator, revision: r, previous: i > 0 ? history[i - 1] : nil)
        }
    }
}
