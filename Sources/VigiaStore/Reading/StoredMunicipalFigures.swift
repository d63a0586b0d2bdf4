import VigiaCore

/// The municipal figures of a dashboard made from the store, read when a screen shows them: at
/// the dashboard's as-of date and from the batches its sums were made of, so a batch recorded
/// since (another steward's import) cannot make a state's municipalities disagree with its sum.
struct StoredMunicipalFigures: MunicipalSource {
    let store: Store
    let date: CalendarDate?
    let throughBatch: Int64

    func series(_ indicator: String, within area: String) -> [String: [Observation]] {
        store.municipal(indicator, within: area, knownAt: date, throughBatch: throughBatch)
    }
}
