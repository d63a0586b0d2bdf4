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
    case agreedInFuture(agreed: String, today: String)
    case wrongDirection(value: String, baseline: String, direction: Direction)
    case notPositive(value: String)
    case textFields
    case flowStyle
    case invalidResult(String)

    public func message(_ language: Language) -> String {
        if case let .unknownIndicator(id, suggestion) = self {
            return InputProblem.unknownIndicator(id, suggestion: suggestion).message(language)
        }
        return switch language {
        case .en: english
        case .es: spanish
        }
    }

    private var english: String {
        switch self {
        case .unknownIndicator: ""  // worded by InputProblem: see message(_:)
        case .noTarget(let id): "indicator '\(id)' has no target in targets.yaml to revise; add its baseline and first target there"
        case .periodNotAfterBaseline(let p, let b): "the target period \(p) is not after the baseline period \(b)"
        case .agreedBeforePrevious(let a, let p): "agreed date \(a) is before the previous agreement (\(p)); revisions are recorded in order"
        case .agreedInFuture(let a, let t): "agreed date \(a) is after today (\(t)); record a revision once it is agreed"
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
        case .unknownIndicator: ""  // worded by InputProblem: see message(_:)
        case .noTarget(let id): "el indicador '\(id)' no tiene meta en targets.yaml que revisar; agregue ahí su línea base y su primera meta"
        case .periodNotAfterBaseline(let p, let b): "el periodo de la meta \(p) no es posterior al de la línea base \(b)"
        case .agreedBeforePrevious(let a, let p): "la fecha de acuerdo \(a) es anterior al acuerdo previo (\(p)); las revisiones se registran en orden"
        case .agreedInFuture(let a, let t): "la fecha de acuerdo \(a) es posterior a hoy (\(t)); registre la revisión cuando se acuerde"
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
/// else stay byte-identical, so the committee reviews a diff of exactly what was agreed. A byte
/// order mark and CRLF line breaks are kept as the file has them.
public enum TargetsEditor {
    /// The new file text, or why the revision is refused. `today` bounds the agreed date: a
    /// revision cannot be agreed in the future (a date far ahead would block every later one).
    public static func append(_ revision: ProposedRevision, to text: String, catalog: Catalog,
                              today: CalendarDate? = nil) throws(RevisionRefusal) -> String {
        guard let indicator = catalog.indicators.first(where: { $0.id == revision.indicator }) else {
            throw .unknownIndicator(revision.indicator,
                                    suggestion: Suggestion.closest(to: revision.indicator, in: catalog.indicators.map(\.id)))
        }
        guard let target = catalog.targets[indicator.id] else { throw .noTarget(indicator.id) }
        if let today, revision.agreed > today { throw .agreedInFuture(agreed: revision.agreed.description, today: today.description) }
        try check(revision, against: target, indicator: indicator)
        let bom = text.unicodeScalars.first == "\u{FEFF}"
        let body = bom ? String(text.unicodeScalars.dropFirst()) : text
        guard let entry = Entry(body, indicator: indicator.id) else { throw .flowStyle }
        var lines = Self.lines(body)
        let lineBreak = lines.contains { $0.hasSuffix("\r") } ? "\r" : ""
        let insertion = entry.revisionLines(revision).map { $0 + lineBreak }
        lines.insert(contentsOf: insertion, at: entry.insertAfter + 1)
        if revision.committeeFigure, let line = entry.illustrativeLine {
            lines.remove(at: line)
        }
        return (bom ? "\u{FEFF}" : "") + lines.joined(separator: "\n")
    }

    /// The text's lines, split at every line feed: a CRLF line keeps its `\r`. (Splitting the
    /// String by Character would not split at all, since `\r\n` is one Character.)
    static func lines(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
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
        /// 0-based line after which the new revision goes: the last line of the entry's
        /// `revisions` list when it has one (wherever it stands among the keys), else of the entry.
        let insertAfter: Int
        /// Spaces before the entry's keys.
        let keyIndent: Int
        /// Spaces before the `-` of the existing revisions, and from the `-` to their keys.
        let itemIndent: Int?, itemKeyOffset: Int
        let hasRevisions: Bool
        /// 0-based line of `illustrative: true`, if the entry has one.
        let illustrativeLine: Int?

        init?(_ text: String, indicator id: String) {
            guard let root = try? Yams.compose(yaml: text), let list = root.mapping?["targets"]?.sequence else { return nil }
            let items = Array(list)
            let lines = TargetsEditor.lines(text)
            guard let index = items.firstIndex(where: { $0.mapping?["indicator"]?.string == id }),
                  let mapping = items[index].mapping, !Self.isFlow(items[index], lines),
                  let keyMark = mapping.keys.first?.mark else { return nil }
            keyIndent = keyMark.column - 1
            // The entry ends before the next item, or at the end of the file.
            var nextStart = index + 1 < items.count ? (items[index + 1].mark?.line ?? lines.count + 1) - 1 : lines.count
            if let revisions = mapping["revisions"] {
                guard let sequence = revisions.sequence, !Self.isFlow(revisions, lines) else { return nil }
                hasRevisions = true
                let keys = Array(mapping.keys)
                if let at = keys.firstIndex(where: { $0.string == "revisions" }), at + 1 < keys.count,
                   let next = keys[at + 1].mark {
                    nextStart = next.line - 1
                }
                (itemIndent, itemKeyOffset) = Self.dash(of: sequence.first?.mark, in: lines) ?? (nil, 2)
            } else {
                hasRevisions = false
                (itemIndent, itemKeyOffset) = (nil, 2)
            }
            // Trailing blank lines and comments belong to what follows.
            var last = nextStart - 1
            while last > keyMark.line - 1 {
                let trimmed = lines[last].drop(while: { $0 == " " || $0 == "\t" })
                guard trimmed.isEmpty || trimmed == "\r" || trimmed.hasPrefix("#") else { break }
                last -= 1
            }
            insertAfter = last
            let illustrative = mapping.first { $0.key.string == "illustrative" }
            if let key = illustrative?.key, illustrative?.value.string == "true", let line = key.mark?.line {
                illustrativeLine = line - 1
            } else {
                illustrativeLine = nil
            }
        }

        /// The column of the `-` before a sequence item's first key, and the gap from it to the key:
        /// a new item is written the way the file writes the others (`- agreed` or `-   agreed`).
        static func dash(of mark: Mark?, in lines: [String]) -> (Int, Int)? {
            guard let mark, mark.line - 1 < lines.count else { return nil }
            let line = Array(lines[mark.line - 1].unicodeScalars)
            var i = min(mark.column - 2, line.count - 1)
            while i >= 0, line[i] == " " { i -= 1 }
            guard i >= 0, line[i] == "-" else { return nil }
            return (i, mark.column - 1 - i)
        }

        /// Whether a node is written in flow style (`{…}` or `[…]`): its text starts with a bracket.
        static func isFlow(_ node: Node, _ lines: [String]) -> Bool {
            guard let mark = node.mark, mark.line - 1 < lines.count else { return false }
            let line = lines[mark.line - 1].unicodeScalars
            guard let start = line.index(line.startIndex, offsetBy: mark.column - 1, limitedBy: line.endIndex),
                  start < line.endIndex else { return false }
            return line[start] == "{" || line[start] == "["
        }

        /// The YAML lines of the revision, indented to match the entry.
        func revisionLines(_ r: ProposedRevision) -> [String] {
            let key = String(repeating: " ", count: keyIndent)
            let dash = String(repeating: " ", count: itemIndent ?? keyIndent + 2)
            let gap = String(repeating: " ", count: max(1, itemKeyOffset - 1))
            let inner = dash + String(repeating: " ", count: max(2, itemKeyOffset))
            var out = hasRevisions ? [] : [key + "revisions:"]
            out.append(dash + "-" + gap + "agreed: \(r.agreed)")
            out.append(inner + "target: {period: \"\(r.period)\", value: \(NumberText.plain(r.value))}")
            out.append(inner + "forum: \(quoted(r.forum))")
            out.append(inner + "rationale: \(quoted(r.rationale))")
            return out
        }

        /// A double-quoted YAML scalar: safe for any text, escapes the two special characters.
        func quoted(_ s: String) -> String {
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
    }
}

