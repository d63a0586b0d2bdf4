import Foundation
import VigiaRender
import VigiaStore
import VigiaTerminal

/// The status line's "new data: <file>, imported by <user> at <time>" for the newest batch
/// another process recorded while the dashboard was open.
enum NewDataNotice {
    static func next(_ watch: BatchWatch) -> Notice? {
        guard let batch = watch.newBatches().last else { return nil }
        let time = ISO8601DateFormatter().date(from: batch.importedAt).map(TerminalApp.time) ?? batch.importedAt
        return .newData(file: Sanitizer.clean(batch.file, keepNewlines: false),
                        by: Sanitizer.clean(batch.importedBy.isEmpty ? "?" : batch.importedBy, keepNewlines: false),
                        at: time)
    }
}
