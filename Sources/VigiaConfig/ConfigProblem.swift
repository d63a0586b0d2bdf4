import VigiaCore

/// Every kind of configuration problem, with its message in English and Spanish.
///
/// An enum rather than free text so tests can name the problem, and so each message is
/// written once per language here and nowhere else.
public enum ConfigProblem: Hashable, Sendable {
    case directoryMissing(String)
    case fileMissing
    /// A problem any reader of input files can find (a bad period, number or date, an unknown indicator).
    case input(InputProblem)
    case yamlSyntax(String)
    case expected(String)
    case unknownKey(String, suggestion: String?)
    case missingField(String)
    case badEnum(field: String, value: String, allowed: [String])
    case duplicateID(kind: String, id: String, firstLine: Int)
    case unknownGoal(String)
    case notABoolean(String)
    case notAPositiveInteger(String)
    case duplicateTarget(indicator: String, firstLine: Int)
    case baselineNotBeforeTarget(baseline: String, target: String)
    case revisionOutOfOrder(agreed: String, previous: String)
    case nonPositiveForGrowth(Double)
    case targetWrongSide(target: Double, baseline: Double, direction: Direction)
    case targetEqualsBaseline(Double)
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
    case unknownPopulation(String, suggestion: String?)
    case rateWithoutDefinition(String)
    case placeTargetGeo(String)

    public func message(_ language: Language) -> String {
        switch language {
        case .en: english
        case .es: spanish
        }
    }

    private var english: String {
        switch self {
        case .input(let problem): problem.message(.en)
        case .directoryMissing(let path): "config directory '\(path)' does not exist"
        case .fileMissing: "required file is missing"
        case .yamlSyntax(let problem): "YAML syntax error: \(problem)"
        case .expected(let what): "expected \(what)"
        case .unknownKey(let key, let suggestion):
            "unknown key '\(key)'" + InputProblem.didYouMean(suggestion, .en)
        case .missingField(let field): "missing required field '\(field)'"
        case .badEnum(let field, let value, let allowed):
            "invalid \(field) '\(value)' (expected one of: \(allowed.joined(separator: ", ")))"
        case .duplicateID(let kind, let id, let line): "duplicate \(kind) id '\(id)' (first defined on line \(line))"
        case .unknownGoal(let id): "unknown goal '\(id)'"
        case .notABoolean(let text): "'\(text)' is not true or false"
        case .notAPositiveInteger(let text): "'\(text)' is not a positive whole number"
        case .duplicateTarget(let id, let line): "duplicate target for indicator '\(id)' (first on line \(line))"
        case .baselineNotBeforeTarget(let b, let t): "baseline period \(b) is not before target period \(t)"
        case .revisionOutOfOrder(let agreed, let previous):
            "revision agreed \(agreed) is not after the previous agreement (\(previous))"
        case .nonPositiveForGrowth(let v): "value \(Self.number(v)) is not positive, so growth rates (progress: cagr) cannot be used"
        case .targetWrongSide(let t, let b, let d):
            "target \(Self.number(t)) is \(d == .decrease ? "above" : "below") the baseline of \(Self.number(b)), but this indicator should \(d.rawValue)"
        case .targetEqualsBaseline(let v): "target \(Self.number(v)) equals the baseline: there is no change to measure progress by"
        case .outOfRange(let field, let value, let bounds): "'\(field)' must be \(bounds.english) (found \(value))"
        case .unknownRule(let id, let suggestion):
            "unknown rule '\(id)'" + InputProblem.didYouMean(suggestion, .en)
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
        case .unknownPopulation(let id, let suggestion):
            "unknown population series '\(id)'" + InputProblem.didYouMean(suggestion, .en) + " (declare it under 'populations')"
        case .rateWithoutDefinition(let id):
            "measure: rate needs indicator '\(id)' to declare a rate (rate: {per: 100000, population: ID} in indicators.yaml)"
        case .placeTargetGeo(let text):
            "geo '\(text)' is not a state (expected a code such as MX-25 or US-WV; leave geo out for the nation)"
        }
    }

    private var spanish: String {
        switch self {
        case .input(let problem): problem.message(.es)
        case .directoryMissing(let path): "el directorio de configuración '\(path)' no existe"
        case .fileMissing: "falta un archivo obligatorio"
        case .yamlSyntax(let problem): "error de sintaxis YAML: \(problem)"
        case .expected(let what): "se esperaba \(Self.spanishKind(what))"
        case .unknownKey(let key, let suggestion):
            "clave desconocida '\(key)'" + InputProblem.didYouMean(suggestion, .es)
        case .missingField(let field): "falta el campo obligatorio '\(field)'"
        case .badEnum(let field, let value, let allowed):
            "valor de \(field) no válido '\(value)' (se espera uno de: \(allowed.joined(separator: ", ")))"
        case .duplicateID(let kind, let id, let line):
            "id de \(Self.spanishKind(kind)) duplicado '\(id)' (definido primero en la línea \(line))"
        case .unknownGoal(let id): "objetivo desconocido '\(id)'"
        case .notABoolean(let text): "'\(text)' no es true ni false"
        case .notAPositiveInteger(let text): "'\(text)' no es un número entero positivo"
        case .duplicateTarget(let id, let line): "meta duplicada para el indicador '\(id)' (primera en la línea \(line))"
        case .baselineNotBeforeTarget(let b, let t): "el periodo de la línea base \(b) no es anterior al de la meta \(t)"
        case .revisionOutOfOrder(let agreed, let previous):
            "la revisión acordada el \(agreed) no es posterior al acuerdo anterior (\(previous))"
        case .nonPositiveForGrowth(let v):
            "el valor \(Self.number(v)) no es positivo; no se pueden usar tasas de crecimiento (progress: cagr)"
        case .targetWrongSide(let t, let b, let d):
            "la meta \(Self.number(t)) está \(d == .decrease ? "por encima" : "por debajo") de la línea base de \(Self.number(b)), pero este indicador debe \(d == .decrease ? "disminuir" : "aumentar")"
        case .targetEqualsBaseline(let v): "la meta \(Self.number(v)) es igual a la línea base: no hay cambio con el que medir el avance"
        case .outOfRange(let field, let value, let bounds): "'\(field)' debe ser \(bounds.spanish) (se encontró \(value))"
        case .unknownRule(let id, let suggestion):
            "regla desconocida '\(id)'" + InputProblem.didYouMean(suggestion, .es)
        case .pairCount(let n): "un par de divergencia nombra exactamente dos indicadores (hay \(n))"
        case .pairSameIndicator(let id): "un par de divergencia necesita dos indicadores distintos ('\(id)' dos veces)"
        case .importFrequency(let format, let expected):
            "el formato '\(format)' da cifras de frecuencia \(expected.name(.es)): el indicador debe tener esa frecuencia"
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
            "el periodo de ruptura '\(period)' no corresponde a la frecuencia del indicador (se espera un periodo \(expected.name(.es)))"
        case .unknownPopulation(let id, let suggestion):
            "serie de población desconocida '\(id)'" + InputProblem.didYouMean(suggestion, .es) + " (declárela en 'populations')"
        case .rateWithoutDefinition(let id):
            "measure: rate requiere que el indicador '\(id)' declare una tasa (rate: {per: 100000, population: ID} en indicators.yaml)"
        case .placeTargetGeo(let text):
            "geo '\(text)' no es un estado (se espera un código como MX-25 o US-WV; omita geo para la nación)"
        }
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
