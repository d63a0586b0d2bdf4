/// The phrases flag messages and status reasons share, worded once per language.
enum Wording {
    /// `27,694 victims` / `27,694 víctimas`.
    static func amount(_ value: Double, _ unit: LocalizedText, _ language: Language) -> String {
        "\(NumberText.grouped(value)) \(unit[language])"
    }

    /// A yearly rate: `-2.1%/yr` for growth rates, `+4.0 persons/yr` for linear ones.
    static func rate(_ rate: Double, _ method: ProgressMethod, _ unit: LocalizedText, _ language: Language) -> String {
        let year = language == .es ? "año" : "yr"
        switch method {
        case .cagr: return "\(NumberText.percent(rate, language: language))/\(year)"
        case .linear: return "\(NumberText.signed(rate, decimals: abs(rate) < 10 ? 1 : 0)) \(unit[language])/\(year)"
        }
    }

    /// The value progress is judged on, with what it covers:
    /// `27,694 victims in the 12 months to 2025-06`, or `79,385 deaths in 2024`.
    static func current(_ point: PeriodValue, _ basis: ProgressBasis, _ unit: LocalizedText,
                        _ language: Language) -> String {
        let amount = amount(point.value, unit, language)
        switch (basis, language) {
        case (.trailing12Months, .en): return "\(amount) in the 12 months to \(point.period)"
        case (.trailing12Months, .es): return "\(amount) en los 12 meses a \(point.period)"
        case (.latest, .en): return "\(amount) in \(point.period)"
        case (.latest, .es): return "\(amount) en \(point.period)"
        }
    }

    /// `2019–2024`.
    static func span(_ from: Period, _ to: Period) -> String {
        "\(from)–\(to)"
    }

    /// A magnitude as a percentage without sign: `3.6%`, `26%` (`3.6 %` in Spanish).
    static func share(_ fraction: Double, _ language: Language) -> String {
        let p = abs(fraction) * 100
        return NumberText.grouped(p, decimals: p < 9.95 ? 1 : 0) + (language == .es ? " %" : "%")
    }

    /// `down 26% in the last 12 months` / `bajó 26 % en los últimos 12 meses`.
    static func lastYear(_ change: YearChange, _ frequency: Frequency, _ language: Language) -> String {
        let amount = share(change.change, language)
        let span = switch (frequency, language) {
        case (.annual, .en): "in the last year"
        case (.annual, .es): "en el último año"
        case (_, .en): "in the last 12 months"
        case (_, .es): "en los últimos 12 meses"
        }
        switch (language, change.change < 0) {
        case (.en, true): return "down \(amount) \(span)"
        case (.en, false): return "up \(amount) \(span)"
        case (.es, true): return "bajó \(amount) \(span)"
        case (.es, false): return "subió \(amount) \(span)"
        }
    }

    /// A Sen slope with what it is the yearly change of: `-112 victims a month, per year`.
    static func slope(_ value: Double, _ of: SlopeOf, _ unit: LocalizedText, _ language: Language) -> String {
        let amount = "\(NumberText.signed(value)) \(unit[language])"
        switch (of, language) {
        case (.annualValue, .en): return "\(amount)/yr"
        case (.annualValue, .es): return "\(amount)/año"
        case (.monthlyValue, .en): return "\(amount) a month, per year"
        case (.monthlyValue, .es): return "\(amount) al mes, por año"
        case (.quarterlyValue, .en): return "\(amount) a quarter, per year"
        case (.quarterlyValue, .es): return "\(amount) al trimestre, por año"
        case (.twelveMonthSum, .en): return "\(amount) in 12 months, per year"
        case (.twelveMonthSum, .es): return "\(amount) en 12 meses, por año"
        }
    }

    /// `p = 0.367` or `p < 0.001`.
    static func p(_ p: Double) -> String {
        p < 0.001 ? "p < 0.001" : "p = \(NumberText.grouped(p, decimals: 3))"
    }

    /// A status name with its first letter capitalised, to open a sentence.
    static func opening(_ status: ProgressStatus, _ language: Language) -> String {
        let label = status.label(language)
        return label.prefix(1).uppercased() + label.dropFirst()
    }

    /// `0.6% from insufficient` / `a 0.6 % de insuficiente`: how near a borderline status is to its neighbour.
    static func distance(_ distance: Double, to neighbour: ProgressStatus, _ language: Language) -> String {
        language == .es ? "a \(share(distance, language)) de \(neighbour.label(language))"
                        : "\(share(distance, language)) from \(neighbour.label(language))"
    }

    /// `scope change` / `cambio de alcance`.
    static func breakKind(_ kind: BreakKind, _ language: Language) -> String {
        switch (kind, language) {
        case (.scope, .en): "scope change"
        case (.method, .en): "change of method"
        case (.classification, .en): "change of classification"
        case (.scope, .es): "cambio de alcance"
        case (.method, .es): "cambio de método"
        case (.classification, .es): "cambio de clasificación"
        }
    }

    /// What is new after a break: `the new scope` / `el nuevo alcance`, `la nueva clasificación`.
    static func breakSubject(_ kind: BreakKind, _ language: Language) -> String {
        switch (kind, language) {
        case (.scope, .en): "the new scope"
        case (.method, .en): "the new method"
        case (.classification, .en): "the new classification"
        case (.scope, .es): "el nuevo alcance"
        case (.method, .es): "el nuevo método"
        case (.classification, .es): "la nueva clasificación"
        }
    }

    /// `on track over 5 years`, or `on track since the change of classification of 2026-01`.
    static func shortTerm(_ short: ShortTermProgress, _ language: Language) -> String {
        let status = short.status.label(language)
        if let cut = short.sinceBreak {
            let what = breakKind(cut.kind, language)
            return language == .es ? "\(status) desde el \(what) de \(cut.period)" : "\(status) since the \(what) of \(cut.period)"
        }
        return language == .es ? "\(status) en los últimos \(short.years) años" : "\(status) over \(short.years) years"
    }
}
