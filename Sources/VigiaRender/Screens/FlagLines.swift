import VigiaCore

/// Flags as wrapped, styled lines: the Detail screen's flags panel and the Flags view share them.
enum FlagLines {
    static func style(_ severity: Severity) -> Style {
        switch severity {
        case .critical: Style(foreground: .red, bold: true)
        case .warning: .fg(.orange)
        case .info: .fg(.blue)
        }
    }

    static func symbol(_ severity: Severity, _ glyphs: Glyphs) -> String {
        switch severity {
        case .critical: glyphs.unicode ? "✖" : "!!"
        case .warning: glyphs.unicode ? "▲" : "!"
        case .info: glyphs.unicode ? "ℹ" : "i"
        }
    }

    /// One flag: a heading, the message, the adjustment, and the decision when one is recorded.
    /// `title` prefixes the heading (the indicator's name in the Flags view).
    static func lines(_ flag: Flag, title: String? = nil, width: Int, context c: RenderContext) -> [(String, Style)] {
        let addressed = flag.isAddressed ? " [\(c.text(.addressed))]" : ""
        var heading = "\(symbol(flag.severity, c.glyphs)) \(c.text(.severity(flag.severity))): \(c.text(.rule(flag.rule)))"
        heading += " (\(c.text(.sinceWhen(flag.since))))" + addressed
        if let title { heading = Sanitizer.clean(title, keepNewlines: false) + " \(c.glyphs.dash) " + heading }
        var out: [(String, Style)] = Paragraph.wrap(heading, width: width)
            .map { ($0, flag.isAddressed ? style(flag.severity).patched(.dim) : style(flag.severity)) }
        out += indented(flag.message[c.language], width: width, style: .plain)
        out += indented("\(c.glyphs.arrow) \(flag.adjustment[c.language])", width: width, style: .dim)
        if let d = flag.decision {
            let text = "\(c.text(.decisionRecorded(d.date))): \(c.text(.decision(d.kind)))" + (d.note.isEmpty ? "" : " \(c.glyphs.dash) \(d.note)")
            out += indented(text, width: width, style: .fg(.green))
        }
        return out
    }

    private static func indented(_ text: String, width: Int, style: Style) -> [(String, Style)] {
        Paragraph.wrap(Sanitizer.clean(text, keepNewlines: false), width: max(10, width - 4)).map { ("    " + $0, style) }
    }

    static func draw(_ lines: [(String, Style)], into buffer: inout Buffer, x: Int, y: Int) {
        for (i, line) in lines.enumerated() { buffer.put(line.0, x: x, y: y + i, style: line.1) }
    }
}
