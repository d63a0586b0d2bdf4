import Testing
@testable import VigiaConfig

/// Rates, populations and place targets: one fixture per mistake, with the exact message a user sees.
struct RateConfigTests {
    @Test func aRateNamesAnUndeclaredPopulation() throws {
        try expectDiagnostics("rate-unknown-population", [
            "indicators.yaml:24:37: error: unknown population series 'mx.populaton' (did you mean 'mx.population'?) (declare it under 'populations')",
        ])
    }

    @Test func aMissingYearOfAPopulationIsReportedNotGuessed() throws {
        try expectDiagnostics("population-gap", [
            "data/population.csv:6:1: error: population series 'mx.population' has no estimate for MX-01 in 2019 (it has 2018 and 2020): rates are never computed on a guessed population",
        ])
    }

    @Test func aRateTargetNeedsTheIndicatorToDeclareARate() throws {
        try expectDiagnostics("rate-measure-without-rate", [
            "targets.yaml:16:14: error: measure: rate needs indicator 'us.overdoses' to declare a rate (rate: {per: 100000, population: ID} in indicators.yaml)",
        ])
    }

    @Test func aPlaceTargetIsForAState() throws {
        try expectDiagnostics("place-target-geo", [
            "targets.yaml:25:10: error: geo 'MX-09015' is not a state (expected a code such as MX-25 or US-WV; leave geo out for the nation)",
        ])
    }

    @Test func theSameMistakesInSpanish() throws {
        try expectDiagnostics("population-gap", [
            "data/population.csv:6:1: error: la serie de población 'mx.population' no tiene estimación para MX-01 en 2019 (tiene 2018 y 2020): nunca se calcula una tasa sobre una población adivinada",
        ], language: .es)
    }

    @Test func theBundledConfigDeclaresRatesOnTheHomicideAndOverdoseIndicators() throws {
        let loaded = try ConfigLoader.load(directory: Fixture.bundledConfig.path)
        let withRates = loaded.catalog.indicators.filter { $0.rate != nil }.map(\.id)
        #expect(withRates == ["mx.homicides", "mx.homicides.crimes", "us.overdose.deaths", "us.overdose.synthetic",
                              "mx.homicides.inegi", "us.overdose.final"])
        #expect(loaded.catalog.populations.map(\.id) == ["mx.population", "us.population"])
        #expect(loaded.catalog.targets["mx.homicides.inegi"]?.measure == .rate)
        #expect(loaded.catalog.placeTargets["us.overdose.synthetic"]?["US-WV"]?.measure == .rate)
        // 32 states + the nation, 2010-2026; 51 states and DC + Puerto Rico + the nation, 2010-2025.
        let estimates = loaded.observations.filter { $0.indicator.hasSuffix(".population") }
        #expect(estimates.count { $0.indicator == "mx.population" } == 33 * 17)
        #expect(estimates.count { $0.indicator == "us.population" } == 53 * 16)
    }
}
