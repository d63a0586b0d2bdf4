import VigiaCore
import Yams

/// Reads an indicator's `import` block into its declared sources (`Indicator.imports`): one entry
/// per format, each with that format's own keys, validated like the rest of the file (unknown keys
/// with suggestions, file:line:col).
enum ImportBlock {
    static func rules(_ m: MappingReader, indicator id: String?, frequency: Frequency?) -> [ImportRule] {
        guard m.has("import"),
              let block = m.mapping("import", allowed: ImportFormat.mappable.map(\.rawValue)) else { return [] }
        var rules: [ImportRule] = []
        for format in ImportFormat.mappable where block.has(format.rawValue) {
            guard let entry = block.mapping(format.rawValue, allowed: format.ruleKeys) else { continue }
            if let frequency, let expected = format.frequency, frequency != expected {
                entry.log.report(.importFrequency(format: format.rawValue, expected: expected),
                                 at: block.location(of: format.rawValue))
            }
            let categories = entry.strings(format.ruleKeys[0])
            let modalidades = entry.has("modalidad") ? entry.strings("modalidad") : []
            let value = entry.choice("value", as: ValueChoice.self, default: .reported)
            guard let id, let value, !categories.isEmpty else { continue }
            rules.append(ImportRule(indicator: id, format: format, categories: categories,
                                    modalidades: modalidades, value: value))
        }
        return rules
    }
}

extension ImportFormat {
    /// The keys of this format's entry in an `import` block; the first one is required.
    var ruleKeys: [String] {
        switch self {
        case .sesnspEstatal, .sesnspMunicipal, .sesnspVictimas: ["subtipo", "modalidad"]
        case .cdcVSRR: ["indicator", "value"]
        case .cbpDrugs: ["drug_type"]
        case .csv: []
        }
    }
}

extension MappingReader {
    /// A text or a list of texts, trimmed; logs anything else.
    func strings(_ key: String) -> [String] {
        guard let value = node(key) else { return [] }
        if let scalar = value.scalar, !scalar.string.trimmingWhitespace().isEmpty {
            return [scalar.string.trimmingWhitespace()]
        }
        let items = value.sequence.map { Array($0) } ?? []
        let texts = items.compactMap { $0.scalar?.string.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard !items.isEmpty, texts.count == items.count else {
            log.report(.expected("a text or a list of texts"), at: document.location(value))
            return []
        }
        return texts
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}
