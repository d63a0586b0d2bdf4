import VigiaCore

/// The sentences under a Places table, shared by the screen, the Detail panel and the reports:
/// what the rates rest on, and why the whole and the sum of its places differ.
enum PlaceNotes {
    /// `Mexico`, `United States`, or the state's name.
    static func parentName(_ t: PlaceTable, _ c: RenderContext) -> String {
        switch t.parent {
        case "MX": c.language == .en ? "Mexico" : "México"
        case "US": c.language == .en ? "the United States" : "Estados Unidos"
        default: StateNames.byCode[t.parent] ?? t.parent
        }
    }

    /// A place's name as the table has it, for the codes the reconciliation names.
    static func name(_ geo: String, in t: PlaceTable) -> String {
        t.rows.first { $0.geo == geo }?.name ?? StateNames.byCode[geo] ?? geo
    }

    /// `States of Mexico · Jan–Mar 2026 (3 months)`.
    static func title(_ t: PlaceTable, _ c: RenderContext) -> String {
        c.text(.placesOf(t.level, parent: parentName(t, c))) + " \(c.glyphs.bullet) " + window(t, c)
    }

    static func window(_ t: PlaceTable, _ c: RenderContext) -> String {
        c.text(.window(t.window, rolling: t.indicator.values == .rolling12Months, fiscal: t.indicator.yearStartMonth != 1))
    }

    /// The national (or state) figure against the sum of its places, with the reasons they differ.
    static func reconciliation(_ t: PlaceTable, _ c: RenderContext) -> String {
        let r = t.reconciliation
        let names = { (geo: String) in name(geo, in: t) }
        let parentName = parentName(t, c)
        var parts: [String]
        if let value = r.parentValue, let difference = r.difference {
            parts = [c.text(.reconcile(parent: parentName.prefix(1).uppercased() + parentName.dropFirst(), value: Format.number(value), places: r.placesSummed,
                                       sum: Format.number(r.sumOfPlaces), difference: Format.number(difference)))]
            if !r.missing.isEmpty { parts.append(c.text(.missing(r.missing.map(names)))) }
            for (part, whole) in r.merged.sorted(by: { $0.key < $1.key }) {
                parts.append(c.text(.merged(part: names(part), whole: names(whole))))
            }
            for (place, value) in r.outside.sorted(by: { $0.key < $1.key }) {
                parts.append(c.text(.outside(place: names(place), value: Format.number(value))))
            }
            if difference != 0 { parts.append(c.text(.unallocated)) }
        } else {
            parts = [c.text(.sumOnly(places: r.placesSummed, sum: Format.number(r.sumOfPlaces)))]
            if !r.missing.isEmpty { parts.append(c.text(.missing(r.missing.map(names)))) }
        }
        return parts.joined(separator: "; ") + "."
    }

    /// What the rates rest on: a carried-forward population, a window shorter than a year, or none.
    static func rateNotes(_ t: PlaceTable, _ c: RenderContext) -> [String] {
        guard t.indicator.rate != nil else { return [] }
        if !t.rows.contains(where: { $0.rate != nil }) { return [c.text(.noPopulation)] }
        var notes: [String] = []
        if let year = t.carriedForwardFrom { notes.append(c.text(.carriedForward(year))) }
        if t.window.isPartOfYear { notes.append(c.text(.partOfYear(months: t.window.length))) }
        return notes
    }

    static func rate(_ value: Double?, _ c: RenderContext) -> String { value.map(NumberText.rate) ?? c.glyphs.dash }
    static func count(_ value: Double?, _ c: RenderContext) -> String { value.map { Format.number($0) } ?? c.glyphs.dash }
    static func change(_ value: Double?, _ c: RenderContext) -> String { value.map { Format.percent($0) } ?? c.glyphs.dash }
    static func share(_ value: Double?, _ c: RenderContext) -> String {
        value.map { Format.percent($0, signed: false) } ?? c.glyphs.dash
    }
}
