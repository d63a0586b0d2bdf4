import VigiaCore

/// What one import did, as the data steward reads it after `vigia import`.
public struct ImportSummary: Sendable {
    public let file: String
    public let format: ImportFormat
    public let sha256: String
    public let encoding: String
    public let rowsRead: Int
    public let rowsSkipped: Int
    public let rowsRejected: Int
    public let missingCells: Int
    public let added: Int
    public let revised: Int
    public let unchanged: Int
    public let errors: RowIssues
    public let warnings: RowIssues
    /// The same bytes had been imported before (a re-import changes nothing).
    public let alreadyImported: Bool
    public let dryRun: Bool
    /// Whether a batch was recorded (false for dry runs and for re-imports that changed nothing).
    public let recorded: Bool

    /// The counts, one line per figure, in the user's language.
    public func render(_ language: Language) -> String {
        let es = language == .es
        var lines = [
            "\(file) (\(format.rawValue), \(encoding))",
            (es ? "  filas leídas:              " : "  rows read:              ") + "\(rowsRead)",
            (es ? "  filas sin indicador:       " : "  rows not mapped:        ") + "\(rowsSkipped)",
            (es ? "  filas rechazadas:          " : "  rows rejected:          ") + "\(rowsRejected)",
            (es ? "  celdas faltantes:          " : "  missing cells:          ") + "\(missingCells)",
            (es ? "  observaciones agregadas:   " : "  observations added:     ") + "\(added)",
            (es ? "  observaciones revisadas:   " : "  observations revised:   ") + "\(revised)",
            (es ? "  observaciones sin cambio:  " : "  observations unchanged: ") + "\(unchanged)",
        ]
        if warnings.count > 0 {
            lines.append((es ? "  advertencias:              " : "  warnings:               ") + "\(warnings.count)")
        }
        if dryRun {
            lines.append(es ? "  simulación (--dry-run): no se escribió nada" : "  dry run (--dry-run): nothing was written")
        } else if rowsRead == 0 {
            lines.append(es ? "  sin filas de datos: no se registró nada" : "  no data rows: nothing recorded")
        } else if alreadyImported && !recorded {
            lines.append(es ? "  ya importado antes: sin cambios" : "  already imported: nothing changed")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Row errors and warnings, `file:line: error: …`, the first 20 of each and how many more.
    public func renderIssues(path: String, _ language: Language) -> String {
        var lines: [String] = []
        for (issues, kind) in [(errors, "error"), (warnings, "warning")] {
            let label = language == .es ? (kind == "error" ? "error" : "advertencia") : kind
            for issue in issues.first {
                lines.append("\(path):\(issue.line): \(label): \(issue.problem.message(language))")
            }
            let more = issues.count - issues.first.count
            if more > 0 {
                lines.append(language == .es ? "\(path): … y \(more) \(label == "error" ? "errores" : "advertencias") más"
                                             : "\(path): … and \(more) more \(kind)s")
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}
