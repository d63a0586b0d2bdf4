import VigiaCore

/// The flags inbox: every flag as a row (severity, indicator, rule, since, decision), filtered by
/// severity, decision, novelty and text, the stale-data flags gathered into one "data to chase" row;
/// the selected flag in full underneath.
public enum FlagsScreen {
    struct Layout {
        let rule = 20, since = 8, decision = 16
        /// The glyph alone below 100 columns (its colour and the pane below say the rest).
        let severity: Int
        let indicator: Int

        init(width: Int) {
            severity = width < 100 ? 2 : 12
            indicator = max(16, width - severity - rule - since - decision - 6)
        }
    }

    /// Rows of the pane under the table that shows the selected flag in full.
    static let detailRows = 7

    @discardableResult
    public static func render(_ inbox: FlagsInbox, state: inout ViewState, into buffer: inout Buffer, area: Rect,
                              context c: RenderContext) -> ScrollSpan? {
        let inner = area.inset(horizontal: 1, vertical: 0)
        buffer.put(summary(inbox, state.flagsFilter, c), x: inner.x, y: inner.y, style: .bold, clip: inner)
        buffer.put(c.text(.flagsKeys), x: inner.x, y: inner.y + 1, style: .dim, clip: inner)
        let (tableArea, detailArea) = area.splitTop(2).rest.splitBottom(min(detailRows, max(0, area.height - 6)))
        guard !inbox.rows.isEmpty else {
            buffer.put(c.text(.noFlags), x: inner.x, y: tableArea.y + 1, style: .dim, clip: inner)
            return nil
        }
        let selected = inbox.position(of: state.selectedFlag) ?? 0
        state.selectedFlag = inbox.rows[selected].id
        state.flagsOffset = Table.scrollOffset(selected: selected, current: state.flagsOffset,
                                               visible: tableArea.height - 1, count: inbox.rows.count)
        let layout = Layout(width: area.width - 1)
        let columns = [TableColumn(layout.severity < 12 ? "" : c.text(.severityHeader), width: layout.severity), TableColumn(c.text(.indicator), width: layout.indicator),
                       TableColumn(c.text(.ruleHeader), width: layout.rule), TableColumn(c.text(.since), width: layout.since),
                       TableColumn(c.text(.decisionHeader), width: layout.decision)]
        Table.render(columns: columns, rowCount: inbox.rows.count, offset: state.flagsOffset, selected: selected,
                     into: &buffer, area: Rect(x: area.x + 1, y: tableArea.y, width: area.width - 1, height: tableArea.height),
                     context: c) { row, column in
            cell(inbox.rows[row], column, nameWidth: layout.indicator, glyphOnly: layout.severity < 12, c)
        }
        let lines = detail(inbox.rows[selected], width: inner.width, c)
        FlagLines.draw(Array(lines.prefix(max(0, detailArea.height - 1))), into: &buffer, x: inner.x, y: detailArea.y + 1)
        return ScrollSpan(selected: selected + 1, of: inbox.rows.count)
    }

    /// `Flags of all indicators: 12 (critical 2, warning 7, info 3) · open · new since 2025-12-11`.
    static func summary(_ inbox: FlagsInbox, _ f: FlagsInbox.Filter, _ c: RenderContext) -> String {
        var parts = [c.text(.flagsShown(inbox.rows.count))]
        if let s = f.severity { parts.append(c.text(.severity(s))) }
        if f.decided != .all { parts.append(c.text(.flagsDecided(f.decided))) }
        if f.newSinceReview { parts.append(inbox.review.map { c.text(.newSinceReview($0)) } ?? c.text(.noReview)) }
        if !f.text.isEmpty { parts.append(c.text(.filter(Sanitizer.clean(f.text, keepNewlines: false)))) }
        return parts.joined(separator: " \(c.glyphs.bullet) ")
    }

    static func cell(_ row: FlagsInbox.Row, _ column: Int, nameWidth: Int, glyphOnly: Bool, _ c: RenderContext) -> Table.Content {
        func severity(_ s: Severity) -> String {
            glyphOnly ? FlagLines.symbol(s, c.glyphs) : "\(FlagLines.symbol(s, c.glyphs)) \(c.text(.severity(s)))"
        }
        switch row {
        case .flag(let indicator, let flag):
            let style = flag.isAddressed ? FlagLines.style(flag.severity).patched(.dim) : FlagLines.style(flag.severity)
            switch column {
            case 0: return .text(severity(flag.severity), style)
            case 1:
                // The short name when the full one would be cut: two cut names can read the same.
                let full = Sanitizer.clean(indicator.name[c.language], keepNewlines: false)
                let short = indicator.shortName.map { Sanitizer.clean($0[c.language], keepNewlines: false) }
                return .text(TextWidth.of(full) > nameWidth ? short ?? full : full, .plain)
            case 2: return .text(c.text(.rule(flag.rule)), .plain)
            case 3: return .text(flag.since.description, .dim)
            default: return .text(flag.decision.map { c.text(.decision($0.kind)) } ?? c.text(.openFlag),
                                  flag.isAddressed ? .fg(.green) : .bold)
            }
        case .dataToChase(let flags):
            let worst = flags.map(\.1.severity).min() ?? .info
            switch column {
            case 0: return .text(severity(worst), FlagLines.style(worst))
            case 1: return .text(c.text(.dataToChase(flags.count)), .bold)
            case 2: return .text(c.text(.rule(.staleData)), .plain)
            case 3: return .text(flags.map(\.1.since).min()?.description ?? "", .dim)
            default:
                let open = flags.count { !$0.1.isAddressed }
                return .text(c.text(.flagCount(open: open, addressed: flags.count - open)), .dim)
            }
        }
    }

    /// The selected row in full: the flag's message, adjustment and decision; for "data to chase",
    /// each source and since when it is silent.
    static func detail(_ row: FlagsInbox.Row, width: Int, _ c: RenderContext) -> [(String, Style)] {
        switch row {
        case .flag(let indicator, let flag):
            return FlagLines.lines(flag, title: indicator.name[c.language], width: width, context: c)
        case .dataToChase(let flags):
            return [(c.text(.dataToChaseHint), .dim)] + flags.map { indicator, flag in
                (Sanitizer.clean("\(indicator.name[c.language]) \(c.glyphs.dash) \(c.text(.sinceWhen(flag.since))): \(indicator.source)",
                                 keepNewlines: false), .plain)
            }
        }
    }
}
