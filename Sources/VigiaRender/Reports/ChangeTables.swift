import VigiaCore

/// A change set as titled tables: one piece the text page, Markdown and HTML all lay out.
struct ChangeTables {
    struct Section {
        let title: String
        let header: [String]
        let rows: [[String]]
    }

    let title: String
    let sections: [Section]

    init(_ changes: ChangeSet, context c: RenderContext) {
        func name(_ i: Indicator) -> String { Sanitizer.clean(i.name[c.language], keepNewlines: false) }
        func target(_ r: TargetRevision?) -> String {
            r.map { "\(Format.number($0.target.value)) (\($0.target.period))" } ?? c.glyphs.dash
        }
        title = c.text(.changesSince(changes.since, changes.asOf))
        sections = [
            Section(title: c.text(.statusChangesTitle), header: [c.text(.indicator), c.text(.before), c.text(.now)],
                    rows: changes.statusChanges.map { [name($0.indicator), StatusBadge.text($0.from, c), StatusBadge.text($0.to, c)] }),
            Section(title: c.text(.newFlagsTitle),
                    header: [c.text(.indicator), c.text(.severityHeader), c.text(.ruleHeader), c.text(.period)],
                    rows: changes.newFlags.map {
                        [name($0.indicator), c.text(.severity($0.flag.severity)), c.text(.rule($0.flag.rule)), $0.flag.since.description]
                    }),
            Section(title: c.text(.clearedFlagsTitle), header: [c.text(.indicator), c.text(.ruleHeader)],
                    rows: changes.clearedFlags.map { [name($0.indicator), c.text(.rule($0.flag.rule))] }),
            Section(title: c.text(.targetRevisionsTitle),
                    header: [c.text(.indicator), c.text(.agreed), c.text(.forum), c.text(.before), c.text(.now), c.text(.rationale)],
                    rows: changes.targetRevisions.map {
                        [name($0.indicator), $0.revision.agreed.description, $0.revision.forum, target($0.previous),
                         target($0.revision), $0.revision.rationale ?? ""]
                    }),
            Section(title: c.text(.dataRevisionsTitle),
                    header: [c.text(.indicator), c.text(.period), c.text(.before), c.text(.now), c.text(.recorded)],
                    rows: changes.dataRevisions.map {
                        [$0.indicator, $0.period.description, Format.number($0.previous), Format.number($0.revised),
                         $0.recorded.description]
                    }),
            Section(title: c.text(.newObservationsTitle), header: [c.text(.indicator), c.text(.newValues), c.text(.latest)],
                    rows: changes.newObservations.map { [name($0.indicator), String($0.count), $0.latest.description] }),
            Section(title: c.text(.eventsTitle), header: [c.text(.dateHeader), c.text(.kindHeader), c.text(.eventHeader)],
                    rows: changes.events.map { [$0.date.description, c.text(.eventKind($0.kind)),
                                                Sanitizer.clean($0.title[c.language], keepNewlines: false)] }),
        ]
    }

    /// The text page: each section as an aligned table, "none" where nothing changed.
    func page(width: Int, context c: RenderContext) -> Buffer {
        var blocks: [Block] = [.lines([(title, Style(bold: true, underline: true))])]
        for section in sections {
            blocks.append(.gap())
            blocks.append(.lines([(section.title, .bold)]))
            blocks.append(section.rows.isEmpty ? .lines([("  " + c.text(.none), .dim)]) : table(section, width: width - 2, context: c))
        }
        var buffer = Buffer(width: width, height: blocks.reduce(0) { $0 + $1.height }, asciiOnly: !c.glyphs.unicode)
        var y = 0
        for block in blocks {
            block.draw(&buffer, Rect(x: 1, y: y, width: width - 2, height: block.height))
            y += block.height
        }
        return buffer
    }

    /// Columns as wide as their content; the last takes what is left and is cut if it must be.
    private func table(_ section: Section, width: Int, context: RenderContext) -> Block {
        let all = [section.header] + section.rows
        var widths = section.header.indices.map { c in all.map { TextWidth.of($0[c]) }.max() ?? 0 }
        let used = widths.dropLast().reduce(0, +) + widths.count - 1
        widths[widths.count - 1] = max(4, min(widths[widths.count - 1], width - used))
        let columns = zip(section.header, widths).map { TableColumn($0, width: $1) }
        return Block(height: all.count) { buffer, rect in
            Table.render(columns: columns, rowCount: section.rows.count, offset: 0, selected: nil, into: &buffer,
                         area: rect, context: context) { row, column in .text(section.rows[row][column], .plain) }
        }
    }
}
