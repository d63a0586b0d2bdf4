import Testing
import VigiaCore
@testable import VigiaStore

/// The writer binds rows many to a statement, through a plain statement when none of a
/// statement's rows has a provenance, note, date or grade of its own: rows of both kinds, in
/// runs that cross the statements' boundaries and a tail written row by row, come back as written.
struct ObservationInserterTests {
    @Test func plainAndAnnotatedRowsComeBackAsWritten() throws {
        let dir = try TemporaryDirectory()
        let store = try Fixture.store(seeded: false)
        let count = 3 * ObservationInserter.rowsPerStatement + 37
        // Every 50th row, and a run of 20 rows across the second statement, carry their own fields.
        let annotated = { (i: Int) in i % 50 == 7 || (250..<270).contains(i) }
        var csv = "indicator,period,value,geo,source,note,published,confidence\n"
        for i in 0..<count {
            let period = Period.month(2000, 1).advanced(by: i)
            csv += annotated(i)
                ? "mx.homicides.crimes,\(period),\(i),MX-09,own source \(i),note \(i),\(period.year + 1)-01-15,medium\n"
                : "mx.homicides.crimes,\(period),\(i),MX-09,,,,\n"
        }
        let summary = try Fixture.load(try dir.write("mixed.csv", csv), into: store, vintage: CalendarDate("2040-01-01")!)
        #expect((summary.added, summary.rowsRejected) == (count, 0))
        let read = try store.observations(knownAt: nil).complete.filter { $0.geo == "MX-09" }.sorted { $0.period < $1.period }
        #expect(read.count == count)
        for (i, o) in read.enumerated() {
            #expect(o.period == Period.month(2000, 1).advanced(by: i))
            #expect(o.value == Double(i))
            #expect(o.note == (annotated(i) ? "note \(i)" : nil))
            #expect(o.source == (annotated(i) ? "own source \(i)" : "long-format CSV; file mixed.csv"))
            #expect(o.confidence == (annotated(i) ? .medium : .high))
            #expect(o.published == (annotated(i) ? CalendarDate(year: o.period.year + 1, month: 1, day: 15) : nil))
        }
    }
}
