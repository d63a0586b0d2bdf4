import Testing
import VigiaCore

/// National figures from sub-national ones, and the ranking by state.
struct GeographyTests {
    static func o(_ geo: String, _ period: Period, _ value: Double, _ indicator: String = "x") -> Observation {
        Observation(indicator: indicator, period: period, value: value, geo: geo, source: "test")
    }

    @Test func aNationalFigureGivenByTheSourceIsKeptAndGapsAreFilledFromCompleteStates() {
        let jan = Period.month(2026, 1), feb = Period.month(2026, 2), mar = Period.month(2026, 3)
        let observations = [
            Self.o("MX", jan, 100),
            Self.o("MX-01", jan, 30), Self.o("MX-02", jan, 60),      // the source's national differs: kept
            Self.o("MX-01", feb, 40), Self.o("MX-02", feb, 50),      // no national: 90
            Self.o("MX-01", mar, 45),                                // a state missing: no national
            Self.o("MX-01001", feb, 40), Self.o("MX-02001", feb, 50), // municipalities never added to states
        ]
        let national = NationalFigures.completing(observations).filter { $0.geo == "MX" }
        #expect(national.map(\.period) == [jan, feb])
        #expect(national.map(\.value) == [100, 90])
        #expect(national[1].note == "sum of 2 states")
    }

    @Test func municipalitiesMakeTheNationalFigureWhenThereAreNoStates() {
        let m = Period.month(2020, 1)
        let observations = [Self.o("MX-11001", m, 3), Self.o("MX-11002", m, 4), Self.o("MX-11998", m, 1)]
        let national = NationalFigures.completing(observations).filter { $0.geo == "MX" }
        #expect(national.map(\.value) == [8])
        #expect(national.first?.note == "sum of 3 municipalities")
    }
}
