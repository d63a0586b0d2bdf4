import Testing
@testable import VigiaConfig

/// Rates, populations and place targets: one fixture per mistake, with the exact message a user sees.
struct RateConfigTests {
    @Test func aRateNamesAnUndeclaredPopulation() throws {
        try expectDiagnostics("rate-unknown-population", [
            "indicators.yaml:24:37: error: unknown population series 'mx.populaton' (did you mean 'mx.population'?) (declare it under 'populations')",
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
        try expectDiagnostics("rate-unknown-population", [
            "indicators.yaml:24:37: error: serie de población desconocida 'mx.populaton' (¿quiso decir 'mx.population'?) (declárela en 'populations')",
        ], language: .es)
    }

    @Test func aPopulationSeriesIsWhatItsDataRowsMayName() throws {
        let fixture = try Fixture("population-gap")
        defer { fixture.remove() }
        let config = try fixture.load()
        #expect(config.dataIndicators.populations == ["mx.population"])
        #expect(config.dataIndicators["mx.population"]?.frequency == .annual)
    }

    @Test func theBundledConfigDeclaresRatesOnTheHomicideAndOverdoseIndicators() throws {
        let loaded = try ConfigLoader.load(directory: Fixture.bundledConfig.path)
        let withRates = loaded.catalog.indicators.filter { $0.rate != nil }.map(\.id)
        #expect(withRates == ["mx.homicides", "mx.homicides.crimes", "us.overdose.deaths", "us.overdose.synthetic",
                              "mx.homicides.inegi", "us.overdose.final"])
        #expect(loaded.catalog.populations.map(\.id) == ["mx.population", "us.population"])
        #expect(loaded.catalog.targets["mx.homicides.inegi"]?.measure == .rate)
        #expect(loaded.catalog.placeTargets["us.overdose.synthetic"]?["US-WV"]?.measure == .rate)
    }
}
