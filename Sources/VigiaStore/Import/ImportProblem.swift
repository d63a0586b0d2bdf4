import VigiaCore

/// Everything that can be wrong with an imported file, with its message in English and Spanish.
///
/// Fatal problems stop the import and leave the database as it was; row problems reject one row
/// (the others are kept); warnings keep the row and say what was done with a cell.
public enum ImportProblem: Hashable, Sendable {
    // Fatal: the file as a whole.
    case unreadable(String)
    case empty
    case binary
    case unterminatedQuote
    case truncated(expected: Int, found: Int)
    case unknownFormat
    case missingColumns([String], format: String)
    case noRules(format: String)
    case database(String)
    /// The database user may read but not write (a PostgreSQL reader role).
    case readOnlyRole(user: String)
    // Row problems: the row is rejected.
    case fieldCount(expected: Int, found: Int)
    case strayQuote
    case badYear(String)
    case badStateCode(String)
    case badMunicipalityCode(String)
    case municipalityOutsideState(municipality: String, state: String)
    case badNumber(column: String, text: String)
    case badMonth(String)
    case badFiscalYear(String)
    case badGeo(String)
    case duplicate(String)
    /// A long CSV's problem; a row's names the column it is in.
    case longCSV(LongCSVProblem, column: Int?)
    // Warnings: the row is kept.
    case minusOne(column: String)

    public var isReadOnlyRole: Bool { if case .readOnlyRole = self { true } else { false } }

    public var isWarning: Bool { if case .minusOne = self { true } else { false } }

    public func message(_ language: Language) -> String {
        language == .es ? spanish : english
    }

    private var english: String {
        switch self {
        case .unreadable(let why): InputProblem.unreadable(why).message(.en)
        case .empty: "file is empty (a header line is required)"
        case .binary: "file holds binary data (a NUL byte): not a CSV file"
        case .unterminatedQuote: "quoted field never closed: the file is truncated or corrupt"
        case .truncated(let expected, let found):
            "the last line ends without a line break and has \(found) of \(expected) fields: the file is truncated"
        case .unknownFormat:
            "unrecognized format: the header matches none of \(Self.formats) (use --format)"
        case .missingColumns(let columns, let format):
            "header does not match format '\(format)': missing \(columns.map { "'\($0)'" }.joined(separator: ", "))"
        case .noRules(let format):
            "no indicator imports format '\(format)': add an 'import' block to Config/indicators.yaml"
        case .database(let why): "database error: \(why)"
        case .readOnlyRole(let user):
            "the database user '\(user)' may only read: nothing was imported. Imports need a steward role (see docs/deploy.md)"
        case .fieldCount(let expected, let found): "expected \(expected) fields, found \(found)"
        case .strayQuote: "a quote opens a field that is not closed on its line (a stray \"): the line is rejected"
        case .badYear(let text): "invalid year '\(text)'"
        case .badStateCode(let text): "invalid state code '\(text)'"
        case .badMunicipalityCode(let text): "invalid municipality code '\(text)'"
        case .municipalityOutsideState(let m, let s): "municipality '\(m)' is not in state '\(s)'"
        case .badNumber(let column, let text): "column '\(column)': '\(text)' is not a number"
        case .badMonth(let text): "invalid month '\(text)'"
        case .badFiscalYear(let text): "invalid fiscal year '\(text)'"
        case .badGeo(let text): "invalid geography '\(text)'"
        case .duplicate(let key): "duplicate row for \(key)"
        case .longCSV(let problem, let column): (column.map { "col \($0): " } ?? "") + problem.message(.en)
        case .minusOne(let column): "column '\(column)': -1 read as missing"
        }
    }

    private var spanish: String {
        switch self {
        case .unreadable(let why): InputProblem.unreadable(why).message(.es)
        case .empty: "el archivo está vacío (se requiere una línea de encabezado)"
        case .binary: "el archivo contiene datos binarios (un byte NUL): no es un CSV"
        case .unterminatedQuote: "campo entre comillas sin cerrar: el archivo está truncado o dañado"
        case .truncated(let expected, let found):
            "la última línea termina sin salto de línea y tiene \(found) de \(expected) campos: el archivo está truncado"
        case .unknownFormat:
            "formato no reconocido: el encabezado no corresponde a ninguno de \(Self.formats) (use --format)"
        case .missingColumns(let columns, let format):
            "el encabezado no corresponde al formato '\(format)': faltan \(columns.map { "'\($0)'" }.joined(separator: ", "))"
        case .noRules(let format):
            "ningún indicador importa el formato '\(format)': agregue un bloque 'import' en Config/indicators.yaml"
        case .database(let why): "error de la base de datos: \(why)"
        case .readOnlyRole(let user):
            "el usuario de la base de datos '\(user)' solo puede leer: no se importó nada. Importar requiere un rol de administrador de datos (vea docs/deploy.md)"
        case .fieldCount(let expected, let found): "se esperaban \(expected) campos, hay \(found)"
        case .strayQuote: "una comilla abre un campo que no se cierra en su línea (una \" suelta): la línea se rechaza"
        case .badYear(let text): "año no válido '\(text)'"
        case .badStateCode(let text): "clave de entidad no válida '\(text)'"
        case .badMunicipalityCode(let text): "clave de municipio no válida '\(text)'"
        case .municipalityOutsideState(let m, let s): "el municipio '\(m)' no pertenece a la entidad '\(s)'"
        case .badNumber(let column, let text): "columna '\(column)': '\(text)' no es un número"
        case .badMonth(let text): "mes no válido '\(text)'"
        case .badFiscalYear(let text): "año fiscal no válido '\(text)'"
        case .badGeo(let text): "geografía no válida '\(text)'"
        case .duplicate(let key): "fila duplicada para \(key)"
        case .longCSV(let problem, let column): (column.map { "col. \($0): " } ?? "") + problem.message(.es)
        case .minusOne(let column): "columna '\(column)': -1 se lee como dato faltante"
        }
    }

    private static var formats: String { ImportFormat.allCases.map(\.rawValue).joined(separator: ", ") }
}
