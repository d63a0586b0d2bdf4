import VigiaCore

/// Every kind of configuration problem, with its message in English and Spanish.
///
/// An enum rather than free text so tests can name the problem, and so each message is
/// written once per language here and nowhere else.
public enum ConfigProblem: Hashable, Sendable {
    case directoryMissing(String)
    case fileMissing
    case unreadable(String)
    case notUTF8
    case yamlSyntax(String)
    case expected(String)
    case unknownKey(String, suggestion: String?)
    case duplicateKey(String)
    case missingField(String)
    case badEnum(field: String, value: String, allowed: [String])
    case duplicateID(kind: String, id: String, firstLine: Int)
    case unknownGoal(String)
    case unknownIndicator(String, suggestion: String?)
    case unknownIndicatorRows(String, suggestion: String?, rows: Int)
    case badPeriod(String)
    case periodFrequency(period: String, expected: [Frequency])
    case notANumber(String)
    case notFinite(String)
    case notABoolean(String)
    case badDate(String)
    case badGeo(String)
    case notAPositiveInteger(String)
    case duplicateRow(key: String, firstFile: String?, firstLine: Int)
    case duplicateTarget(indicator: String, firstLine: Int)
    case baselineNotBeforeTarget(baseline: String, target: String)
    case revisionOutOfOrder(agreed: String, previous: String)
    case nonPositiveForGrowth(Double)
    case targetWrongSide(target: Double, baseline: Double, direction: Direction)
    case targetEqualsBaseline(Double)
    case mixedNationalGeo(indicator: String, geos: [String])
    case csvColumnCount(expected: Int, found: Int)
    case csvUnknownColumn(String, suggestion: String?)
    case csvMissingColumn(String)
    case csvUnterminatedQuote
    case csvEmpty
    case outOfRange(field: String, value: String, bounds: Bounds)
    case unknownRule(String, suggestion: String?)
    case pairCount(Int)
    case pairSameIndicator(String)
    case importFrequency(format: String, expected: Frequency)
    case rollingNeedsSubAnnual
    case rollingAggregate(String)
    case seasonalTestOnYearlyValues(String, rolling: Bool)
    case fiscalYearNotAnnual
    case breakFrequency(period: String, expected: Frequency)
    case publishedBeforePeriodEnd(published: String, period: String, end: String)
    case unknownPopulation(String, suggestion: String?)
    case rateWithoutDefinition(String)
    case populationGap(id: String, geo: String, year: Int, before: Int, after: Int)
    case placeTargetGeo(String)

    public func message(_ language: Language) -> String {
        switch language {
        case .en: english
        case .es: spanish
        }
    }

    private var english: String {
        switch self {
        case .directoryMissing(let path): "config directory '\(path)' does not exist"
        case .fileMissing: "required file is missing"
        case .unreadable(let why): "cannot read file: \(why)"
        case .notUTF8: "file is not valid UTF-8"
        case .yamlSyntax(let problem): "YAML syntax error: \(problem)"
        case .expected(let what): "expected \(what)"
        case .unknownKey(let key, let suggestion):
            "unknown key '\(key)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        case .duplicateKey(let key): "duplicate key '\(key)'"
        case .missingField(let field): "missing required field '\(field)'"
        case .badEnum(let field, let value, let allowed):
            "invalid \(field) '\(value)' (expected one of: \(allowed.joined(separator: ", ")))"
        case .duplicateID(let kind, let id, let line): "duplicate \(kind) id '\(id)' (first defined on line \(line))"
        case .unknownGoal(let id): "unknown goal '\(id)'"
        case .unknownIndicator(let id, let suggestion):
            "unknown indicator '\(id)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        case .unknownIndicatorRows(let id, let suggestion, let rows):
            "unknown indicator '\(id)' in \(rows) rows, from here on" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        case .badPeriod(let text): "invalid period '\(text)' (expected YYYY, YYYY-Qn or YYYY-MM)"
        case .periodFrequency(let period, let expected):
            "period '\(period)' does not match the indicator's frequency (expected \(Self.list(expected, "or")))"
        case .notANumber(let text): "'\(text)' is not a number"
        case .notFinite(let text): "value '\(text)' is not a finite number"
        case .notABoolean(let text): "'\(text)' is not true or false"
        case .badDate(let text): "invalid date '\(text)' (expected YYYY-MM-DD)"
        case .badGeo(let text): "invalid geo '\(text)' (expected MX, US, a state such as MX-09 or a municipality such as MX-09015)"
        case .notAPositiveInteger(let text): "'\(text)' is not a positive whole number"
        case .duplicateRow(let key, let file, let line):
            "duplicate row for \(key) (first " + (file.map { "at \($0):\(line)" } ?? "on line \(line)") + ")"
        case .duplicateTarget(let id, let line): "duplicate target for indicator '\(id)' (first on line \(line))"
        case .baselineNotBeforeTarget(let b, let t): "baseline period \(b) is not before target period \(t)"
        case .revisionOutOfOrder(let agreed, let previous):
            "revision agreed \(agreed) is not after the previous agreement (\(previous))"
        case .nonPositiveForGrowth(let v): "value \(Self.number(v)) is not positive, so growth rates (progress: cagr) cannot be used"
        case .targetWrongSide(let t, let b, let d):
            "target \(Self.number(t)) is \(d == .decrease ? "above" : "below") the baseline of \(Self.number(b)), but this indicator should \(d.rawValue)"
        case .targetEqualsBaseline(let v): "target \(Self.number(v)) equals the baseline: there is no change to measure progress by"
        case .mixedNationalGeo(let id, let geos):
            "indicator '\(id)' has national rows for more than one country (\(geos.joined(separator: ", ")))"
        case .csvColumnCount(let expected, let found): "expected \(expected) fields, found \(found)"
        case .csvUnknownColumn(let name, let suggestion):
            "unknown column '\(name)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        case .csvMissingColumn(let name): "missing required column '\(name)'"
        case .csvUnterminatedQuote: "unterminated quoted field"
        case .csvEmpty: "file is empty (a header line is required)"
        case .outOfRange(let field, let value, let bounds): "'\(field)' must be \(bounds.english) (found \(value))"
        case .unknownRule(let id, let suggestion):
            "unknown rule '\(id)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        case .pairCount(let n): "a divergence pair names exactly two indicators (found \(n))"
        case .pairSameIndicator(let id): "a divergence pair needs two different indicators ('\(id)' twice)"
        case .importFrequency(let format, let expected):
            "format '\(format)' gives \(expected.rawValue) figures: the indicator's frequency must be \(expected.rawValue)"
        case .rollingNeedsSubAnnual:
            "values: rolling-12-month needs a monthly or quarterly frequency (an annual value already covers 12 months)"
        case .rollingAggregate(let aggregate):
            "12-month sums make a year by taking the latest one: aggregate must be 'last' (found '\(aggregate)')"
        case .seasonalTestOnYearlyValues(let test, let rolling):
            "trend test '\(test)' compares seasons, but this indicator is tested on "
                + (rolling ? "one 12-month sum a year" : "annual values") + " (use mann-kendall, hamed-rao, yue-wang or auto)"
        case .fiscalYearNotAnnual:
            "fiscal_year_start applies to annual indicators (a month or a quarter has no fiscal year of its own)"
        case .breakFrequency(let period, let expected):
            "break period '\(period)' does not match the indicator's frequency (the indicator is \(expected.rawValue))"
        case .publishedBeforePeriodEnd(let published, let period, let end):
            "published date \(published) is before the end of period \(period) (\(end)): a figure cannot be complete before its period is over"
        case .unknownPopulation(let id, let suggestion):
            "unknown population series '\(id)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "") + " (declare it under 'populations')"
        case .rateWithoutDefinition(let id):
            "measure: rate needs indicator '\(id)' to declare a rate (rate: {per: 100000, population: ID} in indicators.yaml)"
        case .populationGap(let id, let geo, let year, let before, let after):
            "population series '\(id)' has no estimate for \(geo) in \(year) (it has \(before) and \(after)): rates are never computed on a guessed population"
        case .placeTargetGeo(let text):
            "geo '\(text)' is not a state (expected a code such as MX-25 or US-WV; leave geo out for the nation)"
        }
    }

    private var spanish: String {
        switch self {
        case .directoryMissing(let path): "el directorio de configuración '\(path)' no existe"
        case .fileMissing: "falta un archivo obligatorio"
        case .unreadable(let why): "no se puede leer el archivo: \(why)"
        case .notUTF8: "el archivo no es UTF-8 válido"
        case .yamlSyntax(let problem): "error de sintaxis YAML: \(problem)"
        case .expected(let what): "se esperaba \(Self.spanishKind(what))"
        case .unknownKey(let key, let suggestion):
            "clave desconocida '\(key)'" + (suggestion.map { " (¿quiso decir '\($0)'?)" } ?? "")
        case .duplicateKey(let key): "clave duplicada '\(key)'"
        case .missingField(let field): "falta el campo obligatorio '\(field)'"
        case .badEnum(let field, let value, let allowed):
            "valor de \(field) no válido '\(value)' (se espera uno de: \(allowed.joined(separator: ", ")))"
        case .duplicateID(let kind, let id, let line):
            "id de \(Self.spanishKind(kind)) duplicado '\(id)' (definido primero en la línea \(line))"
        case .unknownGoal(let id): "objetivo desconocido '\(id)'"
        case .unknownIndicator(let id, let suggestion):
            "indicador desconocido '\(id)'" + (suggestion.map { " (¿quiso decir '\($0)'?)" } ?? "")
        case .unknownIndicatorRows(let id, let suggestion, let rows):
            "indicador desconocido '\(id)' en \(rows) filas, desde aquí" + (suggestion.map { " (¿quiso decir '\($0)'?)" } ?? "")
        case .badPeriod(let text): "periodo no válido '\(text)' (se espera AAAA, AAAA-Tn o AAAA-MM)"
        case .periodFrequency(let period, let expected):
            "el periodo '\(period)' no corresponde a la frecuencia del indicador (se espera \(Self.spanishList(expected)))"
        case .notANumber(let text): "'\(text)' no es un número"
        case .notFinite(let text): "el valor '\(text)' no es un número finito"
        case .notABoolean(let text): "'\(text)' no es true ni false"
        case .badDate(let text): "fecha no válida '\(text)' (se espera AAAA-MM-DD)"
        case .badGeo(let text): "geo no válido '\(text)' (se espera MX, US, un estado como MX-09 o un municipio como MX-09015)"
        case .notAPositiveInteger(let text): "'\(text)' no es un número entero positivo"
        case .duplicateRow(let key, let file, let line):
            "fila duplicada para \(key) (primera " + (file.map { "en \($0):\(line)" } ?? "en la línea \(line)") + ")"
        case .duplicateTarget(let id, let line): "meta duplicada para el indicador '\(id)' (primera en la línea \(line))"
        case .baselineNotBeforeTarget(let b, let t): "el periodo de la línea base \(b) no es anterior al de la meta \(t)"
        case .revisionOutOfOrder(let agreed, let previous):
            "la revisión acordada el \(agreed) no es posterior al acuerdo anterior (\(previous))"
        case .nonPositiveForGrowth(let v):
            "el valor \(Self.number(v)) no es positivo; no se pueden usar tasas de crecimiento (progress: cagr)"
        case .targetWrongSide(let t, let b, let d):
            "la meta \(Self.number(t)) está \(d == .decrease ? "por encima" : "por debajo") de la línea base de \(Self.number(b)), pero este indicador debe \(d == .decrease ? "disminuir" : "aumentar")"
        case .targetEqualsBaseline(let v): "la meta \(Self.number(v)) es igual a la línea base: no hay cambio con el que medir el avance"
        case .mixedNationalGeo(let id, let geos):
            "el indicador '\(id)' tiene filas nacionales de más de un país (\(geos.joined(separator: ", ")))"
        case .csvColumnCount(let expected, let found): "se esperaban \(expected) campos, hay \(found)"
        case .csvUnknownColumn(let name, let suggestion):
            "columna desconocida '\(name)'" + (suggestion.map { " (¿quiso decir '\($0)'?)" } ?? "")
        case .csvMissingColumn(let name): "falta la columna obligatoria '\(name)'"
        case .csvUnterminatedQuote: "campo entre comillas sin cerrar"
        case .csvEmpty: "el archivo está vacío (se requiere una línea de encabezado)"
        case .outOfRange(let field, let value, let bounds): "'\(field)' debe ser \(bounds.spanish) (se encontró \(value))"
        case .unknownRule(let id, let suggestion):
            "regla desconocida '\(id)'" + (suggestion.map { " (¿quiso decir '\($0)'?)" } ?? "")
        case .pairCount(let n): "un par de divergencia nombra exactamente dos indicadores (hay \(n))"
        case .pairSameIndicator(let id): "un par de divergencia necesita dos indicadores distintos ('\(id)' dos veces)"
        case .importFrequency(let format, let expected):
            "el formato '\(format)' da cifras de frecuencia \(Self.spanishList([expected])): el indicador debe tener esa frecuencia"
        case .rollingNeedsSubAnnual:
            "values: rolling-12-month requiere frecuencia mensual o trimestral (un valor anual ya cubre 12 meses)"
        case .rollingAggregate(let aggregate):
            "las sumas de 12 meses forman un año con la más reciente: aggregate debe ser 'last' (se encontró '\(aggregate)')"
        case .seasonalTestOnYearlyValues(let test, let rolling):
            "la prueba de tendencia '\(test)' compara estaciones, pero este indicador se prueba con "
                + (rolling ? "una suma de 12 meses por año" : "valores anuales") + " (use mann-kendall, hamed-rao, yue-wang o auto)"
        case .fiscalYearNotAnnual:
            "fiscal_year_start se aplica a indicadores anuales (un mes o un trimestre no tiene año fiscal propio)"
        case .breakFrequency(let period, let expected):
            "el periodo de ruptura '\(period)' no corresponde a la frecuencia del indicador (se espera un periodo \(Self.spanishList([expected])))"
        case .publishedBeforePeriodEnd(let published, let period, let end):
            "la fecha de publicación \(published) es anterior al fin del periodo \(period) (\(end)): una cifra no puede estar completa antes de que termine su periodo"
        case .unknownPopulation(let id, let suggestion):
            "serie de población desconocida '\(id)'" + (suggestion.map { " (¿quiso decir '\($0)'?)" } ?? "") + " (declárela en 'populations')"
        case .rateWithoutDefinition(let id):
            "measure: rate requiere que el indicador '\(id)' declare una tasa (rate: {per: 100000, population: ID} en indicators.yaml)"
        case .populationGap(let id, let geo, let year, let before, let after):
            "la serie de población '\(id)' no tiene estimación para \(geo) en \(year) (tiene \(before) y \(after)): nunca se calcula una tasa sobre una población adivinada"
        case .placeTargetGeo(let text):
            "geo '\(text)' no es un estado (se espera un código como MX-25 o US-WV; omita geo para la nación)"
        }
    }

    private static func list(_ frequencies: [Frequency], _ conjunction: String) -> String {
        frequencies.map(\.rawValue).joined(separator: " \(conjunction) ")
    }

    private static func spanishList(_ frequencies: [Frequency]) -> String {
        frequencies.map { f in
            switch f {
            case .annual: "anual"
            case .quarterly: "trimestral"
            case .monthly: "mensual"
            }
        }.joined(separator: " o ")
    }

    /// The structural words used in `expected(_:)` and `duplicateID(kind:)`.
    private static func spanishKind(_ english: String) -> String {
        [
            "a mapping": "un mapa (clave: valor)",
            "a list": "una lista",
            "a text value": "un texto",
            "a number": "un número",
            "a mapping with en and es": "un mapa con en y es",
            "a list of two indicator ids": "una lista de dos ids de indicador",
            "a text or a list of texts": "un texto o una lista de textos",
            "'all' or a list of indicator ids": "'all' o una lista de ids de indicador",
            "goal": "objetivo",
            "indicator": "indicador",
            "population": "población",
        ][english] ?? english
    }

    static func number(_ v: Double) -> String { NumberText.plain(v) }
}

/// The values a numeric setting accepts, worded for `outOfRange`.
public enum Bounds: Hashable, Sendable {
    /// x ≥ lower.
    case atLeast(Double)
    /// lower ≤ x ≤ upper.
    case between(Double, Double)
    /// lower < x ≤ upper.
    case aboveUpTo(Double, Double)

    public func contains(_ x: Double) -> Bool {
        switch self {
        case .atLeast(let lower): x >= lower
        case .between(let lower, let upper): x >= lower && x <= upper
        case .aboveUpTo(let lower, let upper): x > lower && x <= upper
        }
    }

    var english: String {
        switch self {
        case .atLeast(let lower): "at least \(ConfigProblem.number(lower))"
        case .between(let lower, let upper): "between \(ConfigProblem.number(lower)) and \(ConfigProblem.number(upper))"
        case .aboveUpTo(let lower, let upper):
            "greater than \(ConfigProblem.number(lower)) and at most \(ConfigProblem.number(upper))"
        }
    }

    var spanish: String {
        switch self {
        case .atLeast(let lower): "al menos \(ConfigProblem.number(lower))"
        case .between(let lower, let upper): "entre \(ConfigProblem.number(lower)) y \(ConfigProblem.number(upper))"
        case .aboveUpTo(let lower, let upper):
            "mayor que \(ConfigProblem.number(lower)) y como máximo \(ConfigProblem.number(upper))"
        }
    }
}
