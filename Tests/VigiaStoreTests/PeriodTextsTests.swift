import Testing
import VigiaCore
@testable import VigiaStore

/// The writer's period labels come from a table by ordinal: whatever order the periods come in
/// (runs, cycles, backwards, frequencies mixed, centuries apart), each label is the period's own.
struct PeriodTextsTests {
    @Test func everyLabelIsThePeriodsOwn() {
        var state: UInt64 = 42
        func random(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % n
        }
        let periods: [Period] = (0..<5000).map { i in
            switch random(10) {
            case 0: .year(1000 + random(9000))  // far apart: beyond a table's width
            case 1: .quarter(2000 + random(30), 1 + random(4))
            case 2: .month(2030 - i % 40, 1 + random(12))  // backwards
            default: .month(2015 + (i / 12) % 11, 1 + i % 12)  // the cycle of a sorted import
            }
        }
        var texts = PeriodTexts()
        for p in periods + periods.reversed() { #expect(texts.text(p) == p.description) }
    }
}
