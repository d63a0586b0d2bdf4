import VigiaCore
import Yams

/// A parsed YAML file whose nodes remember their `line:col`, for diagnostics.
struct YAMLDocument {
    let file: String
    let root: Node?

    /// Parses `text`; a syntax error is logged with its position and yields no root.
    init(file: String, text: String, log: DiagnosticLog) {
        self.file = file
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            root = nil
            let (problem, mark) = Self.describe(error)
            log.report(.yamlSyntax(problem), at: SourceLocation(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0))
        } catch {
            root = nil
            log.report(.yamlSyntax(String(describing: error)), at: SourceLocation(file: file))
        }
    }

    private static func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return (prefix + problem, mark)
        case let .reader(problem, _, _, _):
            return (problem, nil)
        default:
            return (String(describing: error), nil)
        }
    }

    func location(_ node: Node?) -> SourceLocation {
        SourceLocation(file: file, line: node?.mark?.line ?? 0, column: node?.mark?.column ?? 0)
    }
}

/// Reads one YAML mapping against a fixed set of keys: unknown and duplicate keys are
/// reported as soon as it is opened, missing and malformed fields as they are read.
struct MappingReader {
    let document: YAMLDocument
    let node: Node
    let log: DiagnosticLog
    private let values: [String: Node]
    private let keys: [String: Node]

    /// Nil (with a diagnostic) when `node` is not a mapping.
    init?(_ node: Node, allowed: [String], in document: YAMLDocument, log: DiagnosticLog) {
        guard let mapping = node.mapping else {
            log.report(.expected("a mapping"), at: document.location(node))
            return nil
        }
        self.document = document
        self.node = node
        self.log = log
        var values: [String: Node] = [:]
        var keys: [String: Node] = [:]
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            if !allowed.contains(key) {
                log.report(.unknownKey(key, suggestion: Suggestion.closest(to: key, in: allowed)),
                           at: document.location(keyNode))
            } else if keys[key] != nil {
                log.report(.duplicateKey(key), at: document.location(keyNode))
            } else {
                values[key] = value
                keys[key] = keyNode
            }
        }
        self.values = values
        self.keys = keys
    }

    var location: SourceLocation { document.location(node) }

    func location(of key: String) -> SourceLocation { document.location(values[key] ?? node) }

    func has(_ key: String) -> Bool { values[key] != nil }

    /// The node for `key`; logs "missing required field" when `required` and absent.
    func node(_ key: String, required: Bool = true) -> Node? {
        if let value = values[key] { return value }
        if required { log.report(.missingField(key), at: location) }
        return nil
    }

    func string(_ key: String, required: Bool = true) -> String? {
        guard let value = node(key, required: required) else { return nil }
        guard let scalar = value.scalar, !scalar.string.isEmpty || required == false else {
            log.report(value.scalar == nil ? .expected("a text value") : .missingField(key), at: document.location(value))
            return nil
        }
        return scalar.string
    }

    func number(_ key: String, required: Bool = true) -> Double? {
        guard let value = node(key, required: required) else { return nil }
        guard let text = value.scalar?.string else {
            log.report(.expected("a number"), at: document.location(value))
            return nil
        }
        switch NumberSyntax.parse(text) {
        case .number(let n): return n
        case .notANumber: log.report(.notANumber(text), at: document.location(value))
        case .notFinite: log.report(.notFinite(text), at: document.location(value))
        }
        return nil
    }

    func positiveInteger(_ key: String) -> Int? {
        guard let value = node(key, required: false) else { return nil }
        guard let text = value.scalar?.string, let n = Int(text), n > 0 else {
            log.report(.notAPositiveInteger(value.scalar?.string ?? ""), at: document.location(value))
            return nil
        }
        return n
    }

    func bool(_ key: String) -> Bool? {
        guard let value = node(key, required: false) else { return nil }
        guard let text = value.scalar?.string, let b = Bool(text.lowercased()) else {
            log.report(.notABoolean(value.scalar?.string ?? ""), at: document.location(value))
            return nil
        }
        return b
    }

    func date(_ key: String, required: Bool = true) -> CalendarDate? {
        guard let text = string(key, required: required) else { return nil }
        guard let date = CalendarDate(text) else {
            log.report(.badDate(text), at: location(of: key))
            return nil
        }
        return date
    }

    func period(_ key: String) -> Period? {
        guard let text = string(key) else { return nil }
        guard let period = Period(text) else {
            log.report(.badPeriod(text), at: location(of: key))
            return nil
        }
        return period
    }

    /// An enum field; `fallback` when absent and optional.
    func choice<E: RawRepresentable & CaseIterable>(_ key: String, as type: E.Type, default fallback: E? = nil)
        -> E? where E.RawValue == String {
        guard let text = string(key, required: fallback == nil) else { return fallback }
        guard let value = E(rawValue: text) else {
            log.report(.badEnum(field: key, value: text, allowed: E.allCases.map(\.rawValue)), at: location(of: key))
            return nil
        }
        return value
    }

    /// `{en: "...", es: "..."}`.
    func localized(_ key: String) -> LocalizedText? {
        guard let value = node(key), let reader = MappingReader(value, allowed: ["en", "es"], in: document, log: log),
              let en = reader.string("en"), let es = reader.string("es") else { return nil }
        return LocalizedText(en: en, es: es)
    }

    /// A nested mapping read with its own keys.
    func mapping(_ key: String, allowed: [String], required: Bool = true) -> MappingReader? {
        guard let value = node(key, required: required) else { return nil }
        return MappingReader(value, allowed: allowed, in: document, log: log)
    }

    /// A list of mappings; logs when the value is not a list.
    func list(_ key: String, required: Bool = true) -> [Node] {
        guard let value = node(key, required: required) else { return [] }
        guard let sequence = value.sequence else {
            log.report(.expected("a list"), at: document.location(value))
            return []
        }
        return Array(sequence)
    }
}
