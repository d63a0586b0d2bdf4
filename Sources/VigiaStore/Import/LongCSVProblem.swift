import VigiaCore

/// Everything that can be wrong in a long CSV (`Config/data/*.csv`, `vigia import --format csv`),
/// with its message in English and Spanish: the wording `vigia validate` has always given. What any
/// reader of input files can find (a bad period, number or date, an unknown indicator) is worded
/// once, by `InputProblem`; what the official formats share, by `ImportProblem`.
public enum LongCSVProblem: Hashable, Sendable {
    case input(InputProblem)
    // The file.
    case binary
    case empty
    case unterminatedQuote
    // The header.
    case unknownColumn(String, suggestion: String?)
    case missingColumn(String)
    // A row.
    case fieldCount(expected: Int, found: Int)
    case unknownIndicatorRows(String, suggestion: String?, rows: Int)
    case badGeo(String)
    case publishedBeforePeriodEnd(published: String, period: String, end: String)
    case unknownConfidence(String)
    case duplicateRow(key: String, firstFile: String?, firstLine: Int)
    // Across rows and files.
    case mixedNationalGeo(indicator: String, geos: [String])
    case populationGap(id: String, geo: String, year: Int, before: Int, after: Int)

    public func message(_ language: Language) -> String {
        switch self {
        case .input(let problem): problem.message(language)
        case .binary: ImportProblem.binary.message(language)
        case .empty: ImportProblem.empty.message(language)
        case .fieldCount(let expected, let found): ImportProblem.fieldCount(expected: expected, found: found).message(language)
        default: language == .es ? spanish : english
        }
    }

    private var english: String {
        switch self {
        case .input, .binary, .empty, .fieldCount: ""  // worded elsewhere: see message(_:)
        case .unterminatedQuote: "unterminated quoted field"
        case .unknownColumn(let name, let suggestion): "unknown column '\(name)'" + InputProblem.didYouMean(suggestion, .en)
        case .missingColumn(let name): "missing required column '\(name)'"
        case .unknownIndicatorRows(let id, let suggestion, let rows):
            "unknown indicator '\(id)' in \(rows) rows, from here on" + InputProblem.didYouMean(suggestion, .en)
        case .badGeo(let text): "invalid geo '\(text)' (expected MX, US, a state such as MX-09 or a municipality such as MX-09015)"
        case .publishedBeforePeriodEnd(let published, let period, let end):
            "published date \(published) is before the end of period \(period) (\(end)): a figure cannot be complete before its period is over"
        case .unknownConfidence(let text):
            "unknown confidence '\(text)' (expected high, medium or low; empty means high)"
        case .duplicateRow(let key, let file, let line):
            "duplicate row for \(key) (first " + (file.map { "at \($0):\(line)" } ?? "on line \(line)") + ")"
        case .mixedNationalGeo(let id, let geos):
            "indicator '\(id)' has national rows for more than one country (\(geos.joined(separator: ", ")))"
        case .populationGap(let id, let geo, let year, let before, let after):
            "population series '\(id)' has no estimate for \(geo) in \(year) (it has \(before) and \(after)): rates are never computed on a guessed population"
        }
    }

    private var spanish: String {
        switch self {
        case .input, .binary, .empty, .fieldCount: ""  // worded elsewhere: see message(_:)
        case .unterminatedQuote: "campo entre comillas sin cerrar"
        case .unknownColumn(let name, let suggestion): "columna desconocida '\(name)'" + InputProblem.didYouMean(suggestion, .es)
        case .missingColumn(let name): "falta la columna obligatoria '\(name)'"
        case .unknownIndicatorRows(let id, let suggestion, let rows):
            "indicador desconocido '\(id)' en \(rows) filas, desde aquí" + InputProblem.didYouMean(suggestion, .es)
        case .badGeo(let text): "geo no válido '\(text)' (se espera MX, US, un estado como MX-09 o un municipio como MX-09015)"
        case .publishedBeforePeriodEnd(let published, let period, let end):
            "la fecha de publicación \(published) es anterior al fin del periodo \(period) (\(end)): una cifra no puede estar completa antes de que termine su periodo"
        case .unknownConfidence(let text):
            "confianza desconocida '\(text)' (se espera high, medium o low; vacía equivale a high)"
        case .duplicateRow(let key, let file, let line):
            "fila duplicada para \(key) (primera " + (file.map { "en \($0):\(line)" } ?? "en la línea \(line)") + ")"
        case .mixedNationalGeo(let id, let geos):
            "el indicador '\(id)' tiene filas nacionales de más de un país (\(geos.joined(separator: ", ")))"
        case .populationGap(let id, let geo, let year, let before, let after):
            "la serie de población '\(id)' no tiene estimación para \(geo) en \(year) (tiene \(before) y \(after)): nunca se calcula una tasa sobre una población adivinada"
        }
    }
}
