/// The batches other processes record while a dashboard is open. The engine's signal says
/// cheaply when to look (PostgreSQL's NOTIFY, SQLite's newest batch id); the batch table says what came.
public final class BatchWatch {
    private let store: Store
    private let signal: any BatchSignal
    private var after: Int64

    init(store: Store, signal: any BatchSignal, after: Int64) {
        self.store = store
        self.signal = signal
        self.after = after
    }

    /// The batches recorded since the last call; empty when none (or the database cannot be read now).
    public func newBatches() -> [ImportBatch] {
        guard signal.fired(), let batches = try? store.batches(after: after), let last = batches.last else { return [] }
        after = last.id
        return batches
    }
}
