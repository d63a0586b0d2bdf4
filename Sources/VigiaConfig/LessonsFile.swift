import VigiaCore
import Yams

/// `lessons.yaml` (optional): the decisions the committee took on flags.
struct LessonsFile {
    static let name = "lessons.yaml"
    static let rootKeys = ["decisions"]
    static let decisionKeys = ["indicator", "rule", "date", "decision", "note"]

    var decisions: [Decision] = []

    init(_ document: YAMLDocument, indicators: KnownIndicators, log: DiagnosticLog) {
        guard let rootNode = document.root else { return }
        guard let root = MappingReader(rootNode, allowed: Self.rootKeys, in: document, log: log) else { return }
        decisions = root.list("decisions").compactMap { Self.decision($0, indicators: indicators, document: document, log: log) }
    }

    private static func decision(_ node: Node, indicators: KnownIndicators, document: YAMLDocument,
                                 log: DiagnosticLog) -> Decision? {
        guard let m = MappingReader(node, allowed: decisionKeys, in: document, log: log) else { return nil }
        let id = m.string("indicator")
        if let id, let problem = indicators.problem(for: id) {
            log.report(problem, at: m.location(of: "indicator"))
        }
        let rule = Self.rule(m)
        let date = m.date("date")
        let kind = m.choice("decision", as: DecisionKind.self)
        let note = m.string("note")
        guard let id, let indicator = indicators[id], let rule, let date, let kind, let note else { return nil }
        return Decision(indicator: indicator.id, rule: rule, date: date, kind: kind, note: note)
    }

    private static func rule(_ m: MappingReader) -> RuleID? {
        guard let text = m.string("rule") else { return nil }
        guard let rule = RuleID(rawValue: text) else {
            let suggestion = Suggestion.closest(to: text, in: RuleID.allCases.map(\.rawValue))
            m.log.report(.unknownRule(text, suggestion: suggestion), at: m.location(of: "rule"))
            return nil
        }
        return rule
    }
}
