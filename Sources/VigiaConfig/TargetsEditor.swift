import VigiaCore
import Yams

/// A new revision for `vigia targets revise`, as the committee gives it.
public struct ProposedRevision: Sendable {
    public let indicator: String
    public let value: Double
    public let period: Period
    public let agreed: CalendarDate
    public let forum: String
    public let rationale: String
    /// The committee entered its own figure: the target stops being illustrative.
    public let committeeFigure: Bool

    public init(indicator: String, value: Double, period: Period, agreed: CalendarDate, forum: String,
                rationale: String, committeeFigure: Bool) {
        self.indicator = indicator
        self.value = value
        self.period = period
        self.agreed = agreed
        self.forum = forum
        self.rationale = rationale
        self.committeeFigure = committeeFigure
    }
}

/// Why a revision was refused, in both languages.
public enum RevisionRefusal: Error, Equatable, Sendable {
    case unknownIndicator(String, suggestion: String?)
    case noTarget(String)
    case periodNotAfterBaseline(period: String, baseline: String)
    case agreedBeforePrevious(agreed: String, previous: String)
    case wrongDirection(value: String, baseline: String, direction: Direction)
    case notPositive(value: String)
    case textFields
    case flowStyle
    case invalidResult(String)

    public func message(_ language: Language) -> String {
        if case let .unknownIndicator(id, suggestion) = self {
            return ConfigProblem.unknownIndicator(id, suggestion: suggestion).message(language)
        }
        return switch language {
        case .en: english
        case .es: spanish
        }
    }

    private var english: String {
        switch self {
        case .unknownIndicator: ""  // worded by ConfigProblem: see message(_:)
        case .noTarget(let id): "indicator '\(id)' has no target in targets.yaml to revise; add its baseline and first target there"
        case .periodNotAfterBaseline(let p, let b): "the target period \(p) is not after the baseline period \(b)"
        case .agreedBeforePrevious(let a, let p): "agreed date \(a) is before the previous agreement (\(p)); revisions are recorded in order"
        case .wrongDirection(let v, let b, let d):
            "a target of \(v) is \(d == .decrease ? "above" : "below") the baseline of \(b), but this indicator should \(d.rawValue)"
        case .notPositive(let v): "a target of \(v) is not positive, and this indicator is assessed with growth rates"
        case .textFields: "forum and rationale must not be empty or contain line breaks"
        case .flowStyle: "this target is written in flow style ({…}); rewrite it in block style to revise it with vigia"
        case .invalidResult(let d): "the revised file would not load: \(d)"
        }
    }

    private var spanish: String {
        switch self {
        case .unknownIndicator: ""  // worded by ConfigProblem: see message(_:)
        case .noTarget(let id): "el indicador '\(id)' no tiene meta en targets.yaml que revisar; agregue ahí su línea base y su primera meta"
        case .periodNotAfterBaseline(let p, let b): "el periodo de la meta \(p) no es posterior al de la línea base \(b)"
        case .agreedBeforePrevious(let a, let p): "la fecha de acuerdo \(a) es anterior al acuerdo previo (\(p)); las revisiones se registran en orden"
        case .wrongDirection(let v, let b, let d):
            "una meta de \(v) está \(d == .decrease ? "por encima" : "por debajo") de la línea base de \(b), pero este indicador debe \(d == .decrease ? "disminuir" : "aumentar")"
        case .notPositive(let v): "una meta de \(v) no es positiva y este indicador se evalúa con tasas de crecimiento"
        case .textFields: "el foro y la justificación no deben estar vacíos ni contener saltos de línea"
        case .flowStyle: "esta meta está escrita en estilo de flujo ({…}); reescríbala en estilo de bloque para revisarla con vigia"
        case .invalidResult(let d): "el archivo revisado no cargaría: \(d)"
        }
    }
}

/// Appends a revision to `targets.yaml` as text: comments, order and formatting of everything
/// else stay byte-identical, so the committee reviews a diff of exactly what was agreed.
public enum TargetsEditor {
    /// The new file text, or why the revision is refused.
    public static func append(_ revision: ProposedRevision, to text: String, catalog: Catalog) throws(RevisionRefusal) -> String {
        guard let indicator = catalog.indicators.first(where: { $0.id == revision.indicator }) else {
            throw .unknownIndicator(revision.indicator,
                                    suggestion: Suggestion.closest(to: revision.indicator, in: catalog.indicators.map(\.id)))
        }
        guard let target = catalog.targets[indicator.id] else { throw .noTarget(indicator.id) }
        try check(revision, against: target, indicator: indicator)
        guard let entry = Entry(text, indicator: indicator.id) else { throw .flowStyle }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let insertion = entry.revisionLines(revision)
        lines.insert(contentsOf: insertion, at: entry.insertAfter + 1)
        if revision.committeeFigure, let line = entry.illustrativeLine {
            lines.remove(at: line)
        }
        return lines.joined(separator: "\n")
    }

    static func check(_ r: ProposedRevision, against target: Target, indicator: Indicator) throws(RevisionRefusal) {
        let baseline = target.baseline
        guard r.period.time > baseline.period.time else {
            throw .periodNotAfterBaseline(period: r.period.description, baseline: baseline.period.description)
        }
        if let previous = target.history.last?.agreed, r.agreed < previous {
            throw .agreedBeforePrevious(agreed: r.agreed.description, previous: previous.description)
        }
        if indicator.direction.sign * (r.value - baseline.value) < 0 {
            throw .wrongDirection(value: NumberText.plain(r.value), baseline: NumberText.plain(baseline.value), direction: indicator.direction)
        }
        if indicator.progress == .cagr, r.value <= 0 { throw .notPositive(value: NumberText.plain(r.value)) }
        for text in [r.forum, r.rationale] where text.isEmpty || text.contains(where: \.isNewline) {
            throw .textFields
        }
    }

    /// Where one indicator's entry sits in the file, found through the YAML nodes' marks.
    struct Entry {
        /// 0-based line after which the new revision goes: the entry's last content line.
        let insertAfter: Int
        /// Spaces before the entry's keys.
        let keyIndent: Int
        let hasRevisions: Bool
        /// 0-based line of `illustrative: true`, if the entry has one.
        let illustrativeLine: Int?

        init?(_ text: String, indicator id: String) {
            guard let root = try? Yams.compose(yaml: text), let list = root.mapping?["targets"]?.sequence else { return nil }
            let items = Array(list)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            guard let index = items.firstIndex(where: { $0.mapping?["indicator"]?.string == id }),
                  let mapping = items[index].mapping, !Self.isFlow(items[index], lines),
                  let keyMark = mapping.keys.first?.mark else { return nil }
            keyIndent = keyMark.column - 1
            // The entry ends before the next item, or at the end of the file; trailing blank
            // lines and comments belong to what follows.
            let nextStart = index + 1 < items.count ? (items[index + 1].mark?.line ?? lines.count + 1) - 1 : lines.count
            var last = nextStart - 1
            while last > keyMark.line - 1 {
                let trimmed = lines[last].drop(while: { $0 == " " })
                guard trimmed.isEmpty || trimmed.hasPrefix("#") else { break }
                last -= 1
            }
            insertAfter = last
            if let revisions = mapping["revisions"] {
                guard revisions.sequence != nil, !Self.isFlow(revisions, lines) else { return nil }
                hasRevisions = true
            } else {
                hasRevisions = false
            }
            let illustrative = mapping.first { $0.key.string == "illustrative" }
            if let key = illustrative?.key, illustrative?.value.string == "true", let line = key.mark?.line {
                illustrativeLine = line - 1
            } else {
                illustrativeLine = nil
            }
        }

        /// Whether a node is written in flow style (`{…}` or `[…]`): its text starts with a bracket.
        static func isFlow(_ node: Node, _ lines: [Substring]) -> Bool {
            guard let mark = node.mark, mark.line - 1 < lines.count else { return false }
            let line = lines[mark.line - 1].unicodeScalars
            guard let start = line.index(line.startIndex, offsetBy: mark.column - 1, limitedBy: line.endIndex),
                  start < line.endIndex else { return false }
            return line[start] == "{" || line[start] == "["
        }

        /// The YAML lines of the revision, indented to match the entry.
        func revisionLines(_ r: ProposedRevision) -> [String] {
            let key = String(repeating: " ", count: keyIndent)
            let item = key + "  "
            var out = hasRevisions ? [] : [key + "revisions:"]
            out.append(item + "- agreed: \(r.agreed)")
            out.append(item + "  target: {period: \"\(r.period)\", value: \(NumberText.plain(r.value))}")
            out.append(item + "  forum: \(quoted(r.forum))")
            out.append(item + "  rationale: \(quoted(r.rationale))")
            return out
        }

        /// A double-quoted YAML scalar: safe for any text, escapes the two special characters.
        func quoted(_ s: String) -> String {
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
    }
}

