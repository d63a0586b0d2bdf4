/// How an indicator becomes a rate: its count per `per` people of a population series
/// (indicators.yaml `rate: {per: 100000, population: mx.population}`).
public struct RateDefinition: Hashable, Sendable {
    public let per: Double
    /// The id of a population series declared in `populations`.
    public let population: String

    public init(per: Double, population: String) {
        self.per = per
        self.population = population
    }
}

/// What a target is set on, and progress judged on (targets.yaml `measure`).
public enum Measure: String, Hashable, Sendable, CaseIterable {
    /// The figure as published: victims, deaths, pounds.
    case count
    /// The count per `per` people of the place's population (the indicator's `rate`).
    case rate
}

extension RateDefinition {
    /// `per 100,000 people`: the unit of a rate, in words.
    public var unit: LocalizedText {
        let n = NumberText.grouped(per)
        return LocalizedText(en: "per \(n) people", es: "por cada \(n) habitantes")
    }

    /// `per 100k`: the same for a column heading.
    public var shortUnit: LocalizedText {
        let n = per >= 1000 && per.truncatingRemainder(dividingBy: 1000) == 0 ? "\(NumberText.plain(per / 1000))k" : NumberText.grouped(per)
        return LocalizedText(en: "per \(n)", es: "por \(n)")
    }
}

extension NumberText {
    /// Rates per so many people, always with one decimal (`21.3`), as INEGI and CDC publish them.
    public static func rate(_ value: Double) -> String { grouped(value, decimals: 1) }
}
