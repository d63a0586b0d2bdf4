import VigiaCore

/// Which configured SESNSP rules a row feeds, from its `Subtipo de delito` and `Modalidad` fields
/// compared as bytes (`CategoryMatcher`): a rule takes the row when the subtipo is one of its
/// categories and, if it lists modalidades, the modalidad is one of them.
///
/// The importer asks it for every row. It is public so that the synthetic-file generator
/// (`VigiaSynthetic`) computes its ground truth with this very matching, instead of a second
/// reading of the rules that could drift from what `vigia import` stores.
public struct SESNSPRuleMatcher: Sendable {
    /// The indicator each rule feeds, in rule order: `rules(…)` answers with indices into it.
    public let indicators: [String]
    private let subtipos: [CategoryMatcher], modalidades: [CategoryMatcher]

    public init(_ rules: [ImportRule]) {
        indicators = rules.map(\.indicator)
        subtipos = rules.map { CategoryMatcher($0.categories) }
        modalidades = rules.map { CategoryMatcher($0.modalidades) }
    }

    /// Collects in `matched` the rules a row feeds; false (the common case, `matched` untouched)
    /// when none. The modalidad is only looked at for rules whose subtipo matched.
    @inline(__always)
    func match(subtipo: UnsafeRawBufferPointer, modalidad: () -> UnsafeRawBufferPointer,
               into matched: inout [Int]) -> Bool {
        var any = false
        for i in subtipos.indices where subtipos[i].matches(subtipo)
            && (modalidades[i].isEmpty || modalidades[i].matches(modalidad())) {
            if !any { matched.removeAll(keepingCapacity: true) }
            any = true
            matched.append(i)
        }
        return any
    }

    /// The rules (indices into `indicators`) that a row whose fields hold exactly these bytes
    /// feeds: the bytes as the file has them between the commas, without the quotes around a
    /// field that holds a comma. Spaces around a field are ignored, as the importer ignores them.
    public func rules(subtipo: [UInt8], modalidad: [UInt8]) -> [Int] {
        var matched: [Int] = []
        let found = Self.trimmed(subtipo).withUnsafeBytes { s in
            Self.trimmed(modalidad).withUnsafeBytes { m in match(subtipo: s, modalidad: { m }, into: &matched) }
        }
        return found ? matched : []
    }

    /// Without leading and trailing spaces, as `CSVRecord.trimmed` reads a field.
    private static func trimmed(_ bytes: [UInt8]) -> [UInt8] {
        guard let first = bytes.firstIndex(where: { $0 != 32 }), let last = bytes.lastIndex(where: { $0 != 32 }) else { return [] }
        return Array(bytes[first...last])
    }
}
