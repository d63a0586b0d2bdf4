/// The phrases flag messages share, worded once per language.
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
}
