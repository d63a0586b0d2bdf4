import Foundation
import Testing
import VigiaCore
@testable import VigiaStore

/// The store sums the municipal figures per vintage when a batch lands, so a dashboard opens
/// without reading them; the sums must be exactly what summing the figures known at any date gives.
struct MunicipalSumsTests {
    static let indicator = "mx.homicides.crimes"

    /// Four releases of municipal figures in two states: a revision, a new month, a figure
    /// that fills a gap with a weaker grade, a new municipality with its own publication date
    /// (before every release).
    static func releases(_ dir: TemporaryDirectory) throws -> [(path: String, vintage: CalendarDate)] {
        let header = "indicator,period,value,geo,source,note,published,confidence\n"
        func row(_ period: String, _ value: Int, _ geo: String, published: String = "", confidence: String = "") -> String {
            "\(indicator),\(period),\(value),\(geo),SESNSP test,,\(published),\(confidence)\n"
        }
        return [
            (try dir.write("march.csv", header + row("2024-01", 10, "MX-09002") + row("2024-01", 5, "MX-09003")
                           + row("2024-01", 7, "MX-11001") + row("2024-02", 11, "MX-09002") + row("2024-02", 6, "MX-09003")),
             CalendarDate("2024-03-15")!),
            (try dir.write("april.csv", header + row("2024-01", 12, "MX-09002") + row("2024-02", 8, "MX-11001", confidence: "medium")
                           + row("2024-03", 9, "MX-09002") + row("2024-03", 4, "MX-09003") + row("2024-03", 2, "MX-11001")),
             CalendarDate("2024-04-15")!),
            (try dir.write("may.csv", header + row("2024-01", 3, "MX-11002", published: "2024-02-01")
                           + row("2024-03", 5, "MX-09003")),
             CalendarDate("2024-05-15")!),
        ]
    }

    static func store(_ dir: TemporaryDirectory, path: String = Store.inMemory) throws -> Store {
        let store = try Fixture.store(at: path, seeded: false)
        for release in try releases(dir) { _ = try Fixture.load(release.path, into: store, vintage: release.vintage) }
        return store
    }

    static let dates: [CalendarDate?] = ["2024-01-01", "2024-02-01", "2024-03-14", "2024-03-15", "2024-04-01", "2024-04-15",
                                         "2024-05-14", "2024-05-15", "2024-12-31"].map { CalendarDate($0)! } + [nil]

    @Test func theSumsAtEveryDateAreWhatTheFiguresKnownThenAddUpTo() throws {
        let dir = try TemporaryDirectory()
        let store = try Self.store(dir)
        var distinct: Set<Double> = []
        for date in Self.dates {
            let fast = try store.dashboardFigures(knownAt: date), all = try store.observations(knownAt: date)
            let municipal = try #require(fast.municipal, "the sums are current after every import")
            #expect(municipal.totals == MunicipalTotals(all.complete), "at \(String(describing: date))")
            #expect(fast.complete == all.complete.filter { GeoCode($0.geo).level != .municipality })
            distinct.insert(municipal.totals.indicators[Self.indicator]?.national[.month(2024, 1)]?.value ?? -1)
        }
        // The dates see different knowledge of January: 22 (the first release), 25 (a municipality public
        // from February 1 though recorded in May), 27 (and a revision from April 15).
        #expect(distinct == [22, 25, 27])
    }

    /// A first municipal import is summed from the figures it writes, not read back: the same sums
    /// as reading every figure on record.
    @Test func aFirstMunicipalImportIsSummedAsTheFiguresOnRecordAre() throws {
        let store = try Fixture.store()
        _ = try Fixture.load(Fixture.rawFile("sample_sesnsp_IDM_municipal_guanajuato_homicidio_subset_head_utf8.csv"), into: store)
        let summed = try #require(try store.dashboardFigures(knownAt: nil).municipal?.totals)
        #expect(!summed.isEmpty)
        #expect(summed == MunicipalTotals(try store.observations(knownAt: nil).complete))
        try store.engine.write { db in
            try MunicipalSums.refresh(db)
            return ((), true)
        }
        #expect(try store.dashboardFigures(knownAt: nil).municipal?.totals == summed)
    }

    @Test func aDashboardFromTheSumsEqualsOneFromEveryFigure() throws {
        let dir = try TemporaryDirectory()
        let store = try Self.store(dir)
        let catalog = Fixture.config.catalog
        for date in Self.dates {
            let asOf = date ?? CalendarDate("2025-01-01")!
            let fast = try store.dashboardFigures(knownAt: date), all = try store.observations(knownAt: date)
            let a = Dashboard.evaluate(catalog, observations: all.complete, asOf: asOf)
            let b = Dashboard.evaluate(catalog, observations: fast.complete, asOf: asOf, municipal: fast.municipal)
            #expect(a.assessments.map(\.series) == b.assessments.map(\.series))
            #expect(a.assessments.map(\.status) == b.assessments.map(\.status))
            for parent in ["MX", "MX-09", "MX-11"] {
                for level in [nil, GeoLevel.municipality] {
                    let x = a.geography.table(Self.indicator, under: parent, level: level)
                    let y = b.geography.table(Self.indicator, under: parent, level: level)
                    #expect(x?.rows.map(\.geo) == y?.rows.map(\.geo) && x?.rows.map(\.value) == y?.rows.map(\.value),
                            "\(parent) \(String(describing: level)) at \(asOf)")
                }
            }
            for geo in ["MX-09", "MX-11", "MX-09002", "MX-11002"] {
                #expect(a.geography.assessment(Self.indicator, at: geo)?.series == b.geography.assessment(Self.indicator, at: geo)?.series)
            }
        }
    }

    @Test func municipalitiesAreReadAsTheDashboardsBatchLeftThem() throws {
        let dir = try TemporaryDirectory()
        let store = try Self.store(dir)
        let known = try store.dashboardFigures(knownAt: nil)
        // Another steward revises a figure after the dashboard was made.
        let june = try dir.write("june.csv", "indicator,period,value,geo,source\n\(Self.indicator),2024-01,99,MX-09002,SESNSP test\n")
        _ = try Fixture.load(june, into: store, vintage: CalendarDate("2024-06-20")!)
        let source = try #require(known.municipal?.source)
        #expect(source.series(Self.indicator, within: "MX-09")["MX-09002"]?.first?.value == 12)
        #expect(try store.dashboardFigures(knownAt: nil).municipal?.source.series(Self.indicator, within: "MX")["MX-09002"]?
            .first?.value == 99)
    }

    @Test func sumsBehindTheBatchesAreNotUsedAndAreMadeAgainOnOpening() throws {
        let dir = try TemporaryDirectory()
        let path = PostgresServer.replacesInMemory ? try PostgresServer.newDatabase() : dir.path("store.sqlite")
        let expected = try Self.store(dir, path: path).dashboardFigures(knownAt: nil).municipal?.totals
        // As a Vigía before v5 would leave them: sums that do not include the newest batch.
        try Store(path: path).engine.write { db in
            try db.execute("UPDATE municipal_total_basis SET batch = 1")
            try db.execute("DELETE FROM municipal_total")
            return ((), true)
        }
        let reader = try #require(try Store.reader(path: path, files: []))
        let behind = try reader.dashboardFigures(knownAt: nil)
        #expect(behind.municipal == nil)
        #expect(behind.complete == (try reader.observations(knownAt: nil).complete))
        // Opened to write, the store sums again.
        #expect(try Store(path: path).dashboardFigures(knownAt: nil).municipal?.totals == expected)
    }
}
