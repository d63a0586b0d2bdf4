import VigiaCore

/// The time context of one indicator: its series breaks (and where the statistics start because of
/// them) and the events that concern it, with their sources. Shared by the Detail and every report.
enum ContextPanel {
    static func list(_ a: Assessment, _ c: RenderContext) -> KeyValueList {
        var list = KeyValueList(a.indicator.breaks.isEmpty ? c.text(.eventsTitle)
                                                           : "\(c.text(.breaksTitle)), \(c.text(.eventsTitle).lowercased())")
        for b in a.indicator.breaks {
            list.add(b.period.description, "\(c.text(.breakKind(b.kind))): \(b.note[c.language])",
                     b == a.comparableSince ? .bold : .plain)
        }
        if let cut = a.comparableSince {
            list.add("", c.text(.comparableSince(cut.period, cut.kind)), .dim)
        }
        for e in a.events {
            list.add(e.date.description, "\(c.text(.eventKind(e.kind))): \(e.title[c.language])")
            list.add("", e.source, .dim)
        }
        return list
    }
}
