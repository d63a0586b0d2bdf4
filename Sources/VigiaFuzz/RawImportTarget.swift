import Foundation
import VigiaConfig
import VigiaCore
import VigiaStore

/// A raw official file through the whole import path (scanner, header, importer, writer) into a
/// `:memory:` store, as a dry run so the store stays empty between inputs.
struct RawImportTarget: FuzzTarget {
    let format: ImportFormat?
    let settings: ImportSettings
    let store: Store

    init(format: ImportFormat?) throws {
        self.format = format
        settings = ImportSettings(try FuzzEnvironment.loadConfig().catalog)
        store = try Store(path: Store.inMemory)
    }

    func run(_ bytes: UnsafeRawBufferPointer) {
        FuzzEnvironment.writeScratch(bytes)
        let request = ImportRequest(path: FuzzEnvironment.scratchFile, format: format, dryRun: true,
                                    vintage: CalendarDate(year: 2026, month: 6, day: 30)!, importedAt: "2026-06-30T00:00:00Z")
        guard let summary = try? store.importFile(request, settings: settings) else { return }
        _ = summary.rowsRead + summary.added
    }
}
