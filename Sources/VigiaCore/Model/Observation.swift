/// One figure for one period and place, with where it came from.
public struct Observation: Hashable, Sendable {
    // Declared so the small fields pack together (96 bytes an observation, from 168): the
    // evaluation's first pass over a municipal series reads it from memory, cold.
    public let indicator: String
    public let period: Period
    /// How far the figure can be trusted (its data file's `confidence`); `high` when not graded.
    public let confidence: Confidence
    /// The day the figure became public, when the source of the data says so (the `published`
    /// column); nil when unknown. The store dates the figure by it (`--as-of`).
    public let published: CalendarDate?
    public let value: Double
    /// `MX`, `US`, a state (`MX-09`) or a municipality (`MX-09015`).
    public let geo: String
    public let source: String
    public let note: String?
    /// The batch that recorded this version, when it came from the store.
    public let batch: BatchReference?

    public init(indicator: String, period: Period, value: Double, geo: String, source: String, note: String? = nil,
                published: CalendarDate? = nil, batch: BatchReference? = nil, confidence: Confidence = .high) {
        self.indicator = indicator
        self.period = period
        self.value = value
        self.geo = geo
        self.source = source
        self.note = note
        self.published = published
        self.batch = batch
        self.confidence = confidence
    }
}

extension RandomAccessCollection where Element == Observation {
    /// The first period, read in place: `first` copies the observation out, retaining and then
    /// releasing each of its strings, and an assessment asks for a series' ends several times.
    var firstPeriod: Period? {
        withContiguousStorageIfAvailable { $0.isEmpty ? nil : $0[0].period } ?? first?.period
    }

    /// The latest period of a series in time order, read in place (see `firstPeriod`).
    var lastPeriod: Period? {
        withContiguousStorageIfAvailable { $0.isEmpty ? nil : $0[$0.count - 1].period } ?? last?.period
    }
}
