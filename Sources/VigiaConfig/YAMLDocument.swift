import VigiaCore
import Yams

/// A parsed YAML file whose nodes remember their `line:col`, for diagnostics.
struct YAMLDocument {
    let file: String
    let root: Node?
    /// True when the text holds no document at all (empty, or only comments) and parsed without error.
    let isEmpty: Bool

    /// Parses `text`; a syntax error is logged with its position and yields no root.
    init(file: String, text: String, log: DiagnosticLog) {
        self.file = file
        do {
            root = try Yams.compose(yaml: text)
            isEmpty = root == nil
        } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
            // Yams refuses duplicate keys before we see the mapping; report it as ours, at the repeat.
            root = nil
            isEmpty = false
            let key = duplicates.first ?? ""
            let (line, column) = Self.repeatedKey(key, after: context.mark, in: text)
            log.report(.duplicateKey(key), at: SourceLocation(file: file, line: line, column: column))
        } catch let error as YamlError {
            root = nil
            isEmpty = false
            let (problem, place) = Self.describe(error)
            log.report(.yamlSyntax(problem), at: SourceLocation(file: file, line: place?.line ?? 0, column: place?.column ?? 0))
        } catch {
            root = nil
            isEmpty = false
            log.report(.yamlSyntax(String(describing: error)), at: SourceLocation(file: file))
        }
    }

    /// Where `key` is written again after its first occurrence at `first` (1-based line and column):
    /// the next line that holds `key:` at the same column, before the mapping ends (a line indented
    /// less). Falls back to the first occurrence, e.g. for flow mappings.
    static func repeatedKey(_ key: String, after first: Mark, in text: String) -> (line: Int, column: Int) {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        var number = first.line
        while number < lines.count {
            number += 1
            let scalars = Array(lines[number - 1])
            guard let start = scalars.firstIndex(where: { $0 != " " }), scalars[start] != "#", scalars[start] != "\r"
            else { continue }
            if start + 1 < first.column { break }
            guard start + 1 == first.column else { continue }
            let rest = String(String.UnicodeScalarView(scalars[start...]))
            if ["", "\"", "'"].contains(where: { rest.hasPrefix("\($0)\(key)\($0):") }) { return (number, first.column) }
        }
        return (first.line, first.column)
    }

    private static func describe(_ error: YamlError) -> (String, (line: Int, column: Int)?) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return (prefix + problem, (mark.line, mark.column))
        case let .reader(problem, offset, _, yaml):
            return (problem, offset.map { place(ofCharacterOffset: $0, in: yaml) })
        default:
            return (String(describing: error), nil)
        }
    }

    /// The 1-based line and column (in Unicode scalars) of a reader error, which Yams gives as
    /// an offset in characters (grapheme clusters) from the start of the text.
    static func place(ofCharacterOffset offset: Int, in text: String) -> (line: Int, column: Int) {
        let end = text.index(text.startIndex, offsetBy: max(offset, 0), limitedBy: text.endIndex) ?? text.endIndex
        var line = 1, column = 1, afterCR = false
        for scalar in text.unicodeScalars[..<end] {
            switch scalar {
            case "\r": line += 1; column = 1
            case "\n": if !afterCR { line += 1; column = 1 }
            default: column += 1
            }
            afterCR = scalar == "\r"
        }
        return (line, column)
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
