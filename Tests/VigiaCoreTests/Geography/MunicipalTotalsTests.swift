import Testing
import VigiaCore

/// The sums of municipal figures over the nation and each state: what the Overview shows for a
/// municipal source without reading its 300,000 figures.
struct MunicipalTotalsTests {
    static func o(_ geo: String, _ period: Period, _ value: Double, _ indicator: String = "x", source: String = "s",
                  confidence: Confidence = .high, published: CalendarDate? = nil) -> Observation {
        Observation(indicator: indicator, period: period, value: value, geo: geo, source: source, published: published,
                    confidence: confidence)
    }

    @Test func sumsByNationAndStateWithCountsGradesDatesAndTheFirstSource() {
        let jan = Period.month(2024, 1), feb = Period.month(2024, 2)
        let totals = MunicipalTotals([
            Self.o("MX-09001", jan, 3, source: "first"),
            Self.o("MX-09001", feb, 4),
            Self.o("MX-09002", feb, 5, confidence: .low, published: CalendarDate(year: 2024, month: 4, day: 1)),
            Self.o("MX-09002", jan, 6, source: "later"),
            Self.o("MX-15001", jan, 7, published: CalendarDate(year: 2024, month: 3, day: 1)),
            Self.o("MX-15001", jan, 7, "y"),
            Self.o("MX-09001", feb, 1),
            Self.o("MX", jan, 100),
        ]).indicators

        #expect(Set(totals.keys) == ["x", "y"])
        let x = totals["x"]!
        #expect(x.country == "MX" && x.municipalities == 3)
        #expect(x.national[jan] == .init(value: 16, count: 3, confidence: .high, source: "first",
                                         published: CalendarDate(year: 2024, month: 3, day: 1)))
        #expect(x.national[feb] == .init(value: 10, count: 3, confidence: .low, source: "s",
                                         published: CalendarDate(year: 2024, month: 4, day: 1)))
        #expect(Set(x.states.keys) == ["MX-09", "MX-15"])
        #expect(x.states["MX-09"]?[jan] == .init(value: 9, count: 2, confidence: .high, source: "first", published: nil))
        #expect(x.states["MX-09"]?[feb]?.value == 10)
        #expect(x.states["MX-15"]?[jan]?.value == 7 && x.states["MX-15"]?[feb] == nil)
        #expect(totals["y"]!.municipalities == 1 && totals["y"]!.national == [jan: .init(value: 7, count: 1, confidence: .high,
                                                                                           source: "s", published: nil)])
    }

    /// Seeded figures in a shuffled order (municipalities interleaved, periods out of order,
    /// several indicators), against a plain dictionary sum in the same order: equal to the last bit.
    @Test func agreesWithAPlainSumInAnyOrder() {
        var state: UInt64 = 42
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % n
        }
        for round in 0..<20 {
            var figures: [Observation] = []
            for _ in 0..<(200 + round * 40) {
                let geo = "MX-\(10 + next(3))\(String(100 + next(5)))"
                let period = Period.month(2020 + next(3), 1 + next(12))
                figures.append(Self.o(geo, period, Double(next(1000)) / 7, ["a", "b"][next(2)], source: "s\(next(3))",
                                      confidence: [.high, .medium, .low][next(3)]))
            }
            if round % 2 == 0 { figures.sort { ($0.indicator, $0.geo, $0.period) < ($1.indicator, $1.geo, $1.period) } }
            #expect(MunicipalTotals(figures) == Self.plainSum(figures), "round \(round)")
        }
    }

    static func plainSum(_ figures: [Observation]) -> MunicipalTotals {
        var result: [String: MunicipalTotals.Totals] = [:]
        var seen: [String: Set<String>] = [:]
        func add(_ sum: inout MunicipalTotals.Sum?, _ o: Observation) {
            var s = sum ?? .init(value: 0, count: 0, confidence: .high, source: o.source, published: nil)
            s.value += o.value
            s.count += 1
            s.confidence = max(s.confidence, o.confidence)
            sum = s
        }
        for o in figures {
            seen[o.indicator, default: []].insert(o.geo)
            result[o.indicator, default: .init(country: "MX", municipalities: 0)].municipalities = seen[o.indicator]!.count
            add(&result[o.indicator]!.national[o.period], o)
            add(&result[o.indicator]!.states[String(o.geo.prefix(5)), default: [:]][o.period], o)
        }
        return MunicipalTotals(indicators: result)
    }
}
