import ArgumentParser
import Foundation
import VigiaCore
import VigiaRender
import VigiaStore

/// `vigia batches`: every import on record, oldest first — the audit trail a shared store keeps:
/// which file (by name and SHA-256), who recorded it, when, and what it changed.
struct Batches: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Every import batch on record: file, SHA-256, who imported it and when, what it changed.")
    @OptionGroup var common: CommonOptions
    @Flag(name: .long, help: "One JSON object per batch, in an array.") var json = false

    func run() throws {
        let settings = common.resolve()
        let store = try settings.openStoreToRead()
        let batches: [ImportBatch]
        do {
            batches = try store.batches()
        } catch {
            throw CLIError.input(error.message(settings.language))
        }
        try Terminal.output(json ? Self.json(batches) : Self.table(batches, settings.language), settings.language)
    }

    static func table(_ batches: [ImportBatch], _ language: Language) -> String {
        let header = language == .es
            ? ["lote", "importado", "por", "origen", "vigencia", "archivo", "sha256", "filas", "nuevas", "revisadas", "iguales", "rechazadas"]
            : ["batch", "imported", "by", "origin", "vintage", "file", "sha256", "rows", "added", "revised", "unchanged", "rejected"]
        let rows = batches.map { b in
            [String(b.id), b.importedAt, b.importedBy.isEmpty ? "-" : b.importedBy, b.origin, b.vintage, b.file,
             String(b.sha256.prefix(12)), String(b.rowsRead), String(b.added), String(b.revised), String(b.unchanged),
             String(b.rejected)].map { Sanitizer.clean($0, keepNewlines: false) }
        }
        let numeric: Set<Int> = [0, 7, 8, 9, 10, 11]
        let widths = header.indices.map { i in ([header[i]] + rows.map { $0[i] }).map(\.count).max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return numeric.contains(i) ? pad + cell : cell + pad
            }.joined(separator: "  ").replacing(/\ +$/, with: "")
        }
        let none = language == .es ? "ningún lote registrado" : "no batches on record"
        return ([line(header)] + (rows.isEmpty ? [none] : rows.map(line))).joined(separator: "\n") + "\n"
    }

    static func json(_ batches: [ImportBatch]) -> String {
        JSONValue.array(batches.map { b in
            .object([("id", .int(Int(b.id))), ("file", .string(b.file)), ("sha256", .string(b.sha256)),
                     ("format", .string(b.format)), ("origin", .string(b.origin)), ("vintage", .string(b.vintage)),
                     ("importedAt", .string(b.importedAt)), ("importedBy", .string(b.importedBy)),
                     ("rowsRead", .int(b.rowsRead)), ("added", .int(b.added)), ("revised", .int(b.revised)),
                     ("unchanged", .int(b.unchanged)), ("rejected", .int(b.rejected))])
        }).serialized() + "\n"
    }
}
