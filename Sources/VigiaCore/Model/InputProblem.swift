/// What can be wrong in an input file whichever reader finds it: the configuration's YAML and the
/// long CSV of the data files both read periods, numbers, dates and indicator ids. Each message is
/// written once, in both languages, here; `ConfigProblem` and the store's `LongCSVProblem` wrap it.
public enum InputProblem: Hashable, Sendable {
    case unreadable(String)
    case notUTF8
    case duplicateKey(String)
    case badPeriod(String)
    case periodFrequency(period: String, expected: [Frequency])
    case notANumber(String)
    case notFinite(String)
    case badDate(String)
    case unknownIndicator(String, suggestion: String?)

    public func message(_ language: Language) -> String {
        switch language {
        case .en: english
        case .es: spanish
        }
    }

    private var english: String {
        switch self {
        case .unreadable(let why): "cannot read file: \(why)"
        case .notUTF8: "file is not valid UTF-8"
        case .duplicateKey(let key): "duplicate key '\(key)'"
        case .badPeriod(let text): "invalid period '\(text)' (expected YYYY, YYYY-Qn or YYYY-MM)"
        case .periodFrequency(let period, let expected):
            "period '\(period)' does not match the indicator's frequency (expected \(Self.list(expected, .en)))"
        case .notANumber(let text): "'\(text)' is not a number"
        case .notFinite(let text): "value '\(text)' is not a finite number"
        case .badDate(let text): "invalid date '\(text)' (expected YYYY-MM-DD)"
        case .unknownIndicator(let id, let suggestion): "unknown indicator '\(id)'" + Self.didYouMean(suggestion, .en)
        }
    }

    private var spanish: String {
        switch self {
        case .unreadable(let why): "no se puede leer el archivo: \(why)"
        case .notUTF8: "el archivo no es UTF-8 válido"
        case .duplicateKey(let key): "clave duplicada '\(key)'"
        case .badPeriod(let text): "periodo no válido '\(text)' (se espera AAAA, AAAA-Tn o AAAA-MM)"
        case .periodFrequency(let period, let expected):
            "el periodo '\(period)' no corresponde a la frecuencia del indicador (se espera \(Self.list(expected, .es)))"
        case .notANumber(let text): "'\(text)' no es un número"
        case .notFinite(let text): "el valor '\(text)' no es un número finito"
        case .badDate(let text): "fecha no válida '\(text)' (se espera AAAA-MM-DD)"
        case .unknownIndicator(let id, let suggestion): "indicador desconocido '\(id)'" + Self.didYouMean(suggestion, .es)
        }
    }

    /// ` (did you mean 'x'?)` after a mistyped name, or nothing without a close one.
    public static func didYouMean(_ suggestion: String?, _ language: Language) -> String {
        guard let suggestion else { return "" }
        return language == .es ? " (¿quiso decir '\(suggestion)'?)" : " (did you mean '\(suggestion)'?)"
    }

    /// `annual or monthly`, `anual o mensual`.
    public static func list(_ frequencies: [Frequency], _ language: Language) -> String {
        frequencies.map { $0.name(language) }.joined(separator: language == .es ? " o " : " or ")
    }
}
