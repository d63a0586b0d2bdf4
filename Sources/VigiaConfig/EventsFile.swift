import VigiaCore
import Yams

/// `events.yaml` (optional): what happened — agreements, transfers, operations, policies, changes
/// of method — to show on the charts of the indicators each concerns.
struct EventsFile {
    static let name = "events.yaml"
    static let rootKeys = ["events"]
    static let eventKeys = ["date", "title", "kind", "indicators", "source"]

    var events: [PolicyEvent] = []

    init(_ document: YAMLDocument, indicators: KnownIndicators, log: DiagnosticLog) {
        guard let rootNode = document.root else { return }
        guard let root = MappingReader(rootNode, allowed: Self.rootKeys, in: document, log: log) else { return }
        events = root.list("events").compactMap { Self.event($0, indicators: indicators, document: document, log: log) }
    }

    private static func event(_ node: Node, indicators: KnownIndicators, document: YAMLDocument,
                              log: DiagnosticLog) -> PolicyEvent? {
        guard let m = MappingReader(node, allowed: eventKeys, in: document, log: log) else { return nil }
        let date = m.date("date"), title = m.localized("title")
        let kind = m.choice("kind", as: EventKind.self)
        let scope = Self.scope(m, indicators: indicators)
        let source = m.string("source")
        guard let date, let title, let kind, let scope, let source else { return nil }
        return PolicyEvent(date: date, title: title, kind: kind, scope: scope, source: source)
    }

    /// `indicators: all`, or a list of indicator ids (each one known).
    private static func scope(_ m: MappingReader, indicators: KnownIndicators) -> EventScope? {
        guard let node = m.node("indicators") else { return nil }
        if let text = node.scalar?.string {
            guard text == "all" else {
                m.log.report(.expected("'all' or a list of indicator ids"), at: m.document.location(node))
                return nil
            }
            return .all
        }
        guard let list = node.sequence else {
            m.log.report(.expected("'all' or a list of indicator ids"), at: m.document.location(node))
            return nil
        }
        var ids: [String] = [], valid = true
        for item in list {
            guard let id = item.scalar?.string else {
                m.log.report(.expected("a text value"), at: m.document.location(item))
                valid = false
                continue
            }
            if let problem = indicators.problem(for: id) {
                m.log.report(problem, at: m.document.location(item))
                valid = false
            }
            ids.append(id)
        }
        return valid ? .indicators(ids) : nil
    }
}
