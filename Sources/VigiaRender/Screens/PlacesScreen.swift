import VigiaCore

/// Every place below the nation or a state for one indicator: count, rate, change over a year,
/// sparkline and share, sortable and filterable, with the whole against the sum of its places.
public enum PlacesScreen {
    /// Column widths: fixed numbers, the name takes the rest.
    struct Layout {
        let rank = 4, count = 11, rate = 10, change = 8, share = 7
        let spark: Int, name: Int

        init(width: Int) {
            spark = width >= 120 ? 24 : (width >= 90 ? 12 : 6)
            name = max(10, width - rank - count - rate - change - spark - share - 8)
        }
    }

    /// Rows under the table: the reconciliation and the rate notes, wrapped.
    static func notes(_ t: PlaceTable, width: Int, context c: RenderContext) -> [String] {
        ([PlaceNotes.reconciliation(t, c)] + PlaceNotes.rateNotes(t, c))
            .flatMap { Paragraph.wrap(Sanitizer.clean($0, keepNewlines: false), width: max(10, width - 2)) }
    }

    static func columns(_ layout: Layout, _ t: PlaceTable, sort: PlaceSort, reversed: Bool, _ c: RenderContext) -> [TableColumn] {
        // Numbers run highest first, names A to Z: the arrow shows which way the sorted column runs.
        let descending = (sort == .name) == reversed
        let mark = c.glyphs.unicode ? (descending ? " ▼" : " ▲") : (descending ? " v" : " ^")
        func title(_ text: String, _ column: PlaceSort) -> String { sort == column ? text + mark : text }
        let unit = t.indicator.rate?.shortUnit ?? LocalizedText(en: "rate", es: "tasa")
        return [TableColumn(c.text(.rank), width: layout.rank, alignment: .right),
                TableColumn(title(c.text(.place), .name), width: layout.name),
                TableColumn(title(c.text(.count), .count), width: layout.count, alignment: .right),
                TableColumn(title(c.text(.rate(unit)), .rate), width: layout.rate, alignment: .right),
                TableColumn(title(c.text(.change), .change), width: layout.change, alignment: .right),
                TableColumn(c.text(.trend), width: layout.spark),
                TableColumn(title(c.text(.share), .share), width: layout.share, alignment: .right)]
    }

    static func cell(_ row: PlaceTable.Row, rank: Int, column: Int, direction: Direction, _ c: RenderContext) -> Table.Content {
        switch column {
        case 0: return .text("\(rank)", .dim)
        case 1: return .text(Sanitizer.clean(row.name, keepNewlines: false) + (row.outsideTotal ? " *" : ""), .plain)
        case 2: return .text(PlaceNotes.count(row.value, c), row.value == nil ? .dim : .plain)
        case 3: return .text(PlaceNotes.rate(row.rate, c), row.rate == nil ? .dim : .bold)
        case 4:
            guard let change = row.change else { return .text(c.glyphs.dash, .dim) }
            let good = change * direction.sign > 0
            return .text(Format.percent(change), ChangeStyle.of(change, good: good))
        case 5:
            let points = row.trail.enumerated().compactMap { i, v in v.map { (position: i, value: $0) } }
            return .custom { buffer, rect in Sparkline(points, glyphs: c.glyphs).render(into: &buffer, area: rect) }
        default: return .text(PlaceNotes.share(row.share, c), .dim)
        }
    }

    /// Draws the screen into `area`, keeping the selected place in view.
    public static func render(_ model: PlacesModel, state: inout ViewState,
                              into buffer: inout Buffer, area: Rect, context c: RenderContext) {
        let t = model.table
        let inner = area.inset(horizontal: 1, vertical: 0)
        buffer.put(PlaceNotes.title(t, c), x: inner.x, y: inner.y, style: .bold, clip: inner)
        var status = [c.text(.sortedBy(model.sort, reversed: state.placeSortReversed))]
        if state.editingFilter || !state.placeFilter.isEmpty {
            status.append(c.text(.filter(Sanitizer.clean(state.placeFilter, keepNewlines: false))) + (state.editingFilter ? "_" : ""))
        }
        let selected = model.position(of: state.selectedPlace)
        if !model.rows.isEmpty {
            let position = c.text(.position((selected ?? 0) + 1, of: model.rows.count))
            buffer.put(position, x: inner.maxX - TextWidth.of(position), y: inner.y, style: .dim, clip: inner)
        }
        buffer.put(Sanitizer.clean(t.indicator.name[c.language], keepNewlines: false) + "  " + c.glyphs.vertical + "  "
                   + status.joined(separator: "  "), x: inner.x, y: inner.y + 1, style: .dim, clip: inner)
        let notes = notes(t, width: area.width, context: c)
        let (tableArea, noteArea) = area.splitTop(2).rest.splitBottom(min(notes.count + 1, max(0, area.height - 6)))
        guard !model.rows.isEmpty else {
            buffer.put(c.text(.noPlacesMatch), x: inner.x, y: tableArea.y + 1, style: .dim, clip: inner)
            return
        }
        let layout = Layout(width: area.width - 1)
        state.placesOffset = Table.scrollOffset(selected: selected ?? 0, current: state.placesOffset,
                                                visible: tableArea.height - 1, count: model.rows.count)
        let direction = t.indicator.direction
        Table.render(columns: columns(layout, t, sort: model.sort, reversed: state.placeSortReversed, c),
                     rowCount: model.rows.count, offset: state.placesOffset, selected: selected,
                     into: &buffer, area: Rect(x: area.x + 1, y: tableArea.y, width: area.width - 1, height: tableArea.height),
                     context: c) { row, column in
            cell(model.rows[row], rank: row + 1, column: column, direction: direction, c)
        }
        for (i, line) in notes.prefix(max(0, noteArea.height - 1)).enumerated() {
            buffer.put(line, x: inner.x, y: noteArea.y + 1 + i, style: .dim, clip: inner)
        }
    }

    /// The whole table as tall as it needs to be, for the text report.
    public static func page(_ model: PlacesModel, width: Int, context: RenderContext) -> Buffer {
        let notes = notes(model.table, width: width, context: context)
        var state = ViewState(screen: .places)
        state.selectedPlace = nil
        var buffer = Buffer(width: width, height: 3 + max(1, model.rows.count) + 1 + notes.count,
                            asciiOnly: !context.glyphs.unicode)
        render(model, state: &state, into: &buffer, area: buffer.area, context: context)
        return buffer
    }
}
