import Foundation
import VigiaCore

/// The municipal figures of a dashboard made from the store, read when a screen shows them: at
/// the dashboard's as-of date and from the batches its sums were made of, so a batch recorded
/// since (another steward's import) cannot make a state's municipalities disagree with its sum.
/// The connection they are read on (`Store.backgroundReader`) is opened at the first read: most
/// dashboards, every snapshot of the nation among them, never show a municipality.
final class StoredMunicipalFigures: MunicipalSource, @unchecked Sendable {
    private let store: Store
    private let date: CalendarDate?
    private let throughBatch: Int64
    /// Guarded by `lock`.
    private var reader: Store?
    private let lock = NSLock()

    init(store: Store, date: CalendarDate?, throughBatch: Int64) {
        self.store = store
        self.date = date
        self.throughBatch = throughBatch
    }

    func series(_ indicator: String, within area: String) -> [String: [Observation]] {
        let connection = lock.withLock {
            if reader == nil { reader = store.backgroundReader() }
            return reader!
        }
        return connection.municipal(indicator, within: area, knownAt: date, throughBatch: throughBatch)
    }
}
