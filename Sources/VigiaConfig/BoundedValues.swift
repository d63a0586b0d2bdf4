/// Optional numeric settings with a range, as `rules.yaml` has them: absent means "keep the default".
extension MappingReader {
    /// A number within `bounds`; nil (with a diagnostic when present but wrong) otherwise.
    func number(_ key: String, within bounds: Bounds) -> Double? {
        guard has(key), let value = number(key, required: false) else { return nil }
        return checked(key, value, bounds, text: node(key, required: false)?.scalar?.string ?? "")
    }

    /// A whole number within `bounds`.
    func integer(_ key: String, within bounds: Bounds) -> Int? {
        guard let node = node(key, required: false) else { return nil }
        guard let text = node.scalar?.string, let n = Int(text) else {
            log.report(.notAPositiveInteger(node.scalar?.string ?? ""), at: document.location(node))
            return nil
        }
        return checked(key, Double(n), bounds, text: text).map { _ in n }
    }

    private func checked(_ key: String, _ value: Double, _ bounds: Bounds, text: String) -> Double? {
        guard bounds.contains(value) else {
            log.report(.outOfRange(field: key, value: text, bounds: bounds), at: location(of: key))
            return nil
        }
        return value
    }
}
