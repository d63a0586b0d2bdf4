import VigiaCore

/// What a row's figure is and when, in words every screen and report share: the value progress is
/// judged on (the trailing 12 months, the year, the 12-month sum), its span, and its age.
enum FigureText {
    /// `27,694 victims`, `25.4 per 100k`: the headline in the measure progress is judged on.
    /// A value below high grade carries its mark in front (`? 1,200 kg`): cut short, the unit goes first.
    static func value(_ a: Assessment, _ h: Headline, _ c: RenderContext) -> String {
        value(a, h, grade: a.grade, c)
    }

    /// The same, with the assessment's grade already known (it walks the series).
    static func value(_ a: Assessment, _ h: Headline, grade: Confidence?, _ c: RenderContext) -> String {
        gradeMark(grade, c) + ((a.measure == .rate ? rate(a, h, short: true, c) : count(a, h, c)) ?? c.glyphs.dash)
    }

    /// `? ` before a low-confidence value, `◦ ` before a medium one; nothing before a high one.
    static func gradeMark(_ a: Assessment, _ c: RenderContext) -> String { gradeMark(a.grade, c) }

    static func gradeMark(_ grade: Confidence?, _ c: RenderContext) -> String {
        let mark = grade.map(c.glyphs.grade) ?? ""
        return mark.isEmpty ? "" : mark + " "
    }

    /// `27,694 victims`.
    static func count(_ a: Assessment, _ h: Headline, _ c: RenderContext) -> String? {
        h.count.map { "\(Format.number($0)) \(Sanitizer.clean(a.indicator.unit[c.language], keepNewlines: false))" }
    }

    /// `20.8 per 100k`, or in full `20.8 per 100,000 people`; nil without a population.
    static func rate(_ a: Assessment, _ h: Headline, short: Bool, _ c: RenderContext) -> String? {
        guard let definition = a.rates?.definition, let rate = h.rate else { return nil }
        return "\(NumberText.rate(rate)) \((short ? definition.shortUnit : definition.unit)[c.language])"
    }

    /// `(population 2025, latest estimate)`: the estimate a rate was divided by.
    static func population(_ h: Headline, _ c: RenderContext) -> String? {
        h.population.map { "(\(c.text(.population(year: $0.year, carried: $0.carriedForward))))" }
    }

    /// What the value covers: `12 mo to 2025-06` (or, compact, `2025-06·12mo`), a month, `2024`, `FY2024`.
    static func span(_ a: Assessment, _ h: Headline, compact: Bool, _ c: RenderContext) -> String {
        let period = a.indicator.label(h.period)
        guard twelveMonths(a, h) else { return period }
        return compact ? "\(period)\(c.glyphs.unicode ? "·" : " ")\(c.text(.twelveMonthsShort))" : c.text(.twelveMonthsTo(period))
    }

    /// Whether the value sums the 12 months ending in its period.
    static func twelveMonths(_ a: Assessment, _ h: Headline) -> Bool {
        h.period.frequency != .annual && (h.basis == .trailing12Months || a.indicator.values == .rolling12Months)
    }

    /// Whole months from the end of the value's period to the as-of date.
    static func ageInMonths(_ a: Assessment, _ h: Headline, asOf: CalendarDate) -> Int {
        let end = a.indicator.endDate(of: h.period)
        return max(0, (asOf.year * 12 + asOf.month) - (end.year * 12 + end.month))
    }

    /// `5 mo` old, with the stale mark when the stale-data flag is up.
    static func age(_ a: Assessment, _ h: Headline, asOf: CalendarDate, _ c: RenderContext) -> String {
        let months = ageInMonths(a, h, asOf: asOf)
        return c.text(.ageMonths(months)) + (isStale(a) ? " \(c.glyphs.stale)" : "")
    }

    static func isStale(_ a: Assessment) -> Bool { a.flags.contains { $0.rule == .staleData } }

    /// The same value in the other measure: `20.8 per 100,000 people (population 2025)` beside a
    /// count, `33,550 deaths (population 2024)` beside a rate; `short`, for the Overview's status
    /// line, `20.8 per 100k` with no population. Nil for an indicator without a rate.
    static func otherMeasure(_ a: Assessment, _ h: Headline, short: Bool = false, _ c: RenderContext) -> String? {
        guard a.rates != nil, let text = a.measure == .rate ? count(a, h, c) : rate(a, h, short: short, c) else { return nil }
        guard !short, let population = population(h, c) else { return text }
        return "\(text) \(population)"
    }

    /// `27,694 victims · 20.8 per 100,000 people (population 2025)`: both measures, for the Detail.
    static func bothMeasures(_ a: Assessment, _ c: RenderContext) -> String? {
        guard a.rates != nil, let h = a.headline else { return nil }
        let line = "\(count(a, h, c) ?? c.glyphs.dash) · \(rate(a, h, short: false, c) ?? c.glyphs.dash)"
        return population(h, c).map { "\(line) \($0)" } ?? line
    }

    /// `27,694 victims, 12 months to 2025-06`: for reports, where there is room.
    static func sentence(_ a: Assessment, _ c: RenderContext) -> String? {
        guard let h = a.headline else { return nil }
        return "\(value(a, h, c)), \(span(a, h, compact: false, c))"
    }
}
