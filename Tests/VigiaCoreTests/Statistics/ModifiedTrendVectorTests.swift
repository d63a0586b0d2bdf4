import Foundation
import Testing
@testable import VigiaCore

/// Every vector of `Reference/modified_vectors.json` (pymannkendall 1.4.3's tests robust to serial
/// correlation, and Vigía's lag-1 checks), to 1e-9 relative (p-values 1e-6). The file is written
/// by `Reference/generate_modified_vectors.py`.
struct ModifiedTrendVectorTests {
    static let vectors: [ReferenceVector] = ReferenceVector.loadAll("modified_vectors.json")

    static func of(_ method: String) -> [ReferenceVector] { vectors.filter { $0.method == method } }

    @Test func allVectorsAreLoaded() {
        #expect(Self.vectors.count >= 90)
        for (method, minimum) in [("pymannkendall.hamed_rao_modification_test", 20),
                                  ("pymannkendall.yue_wang_modification_test", 20),
                                  ("pymannkendall.correlated_seasonal_test", 12),
                                  ("vigia.serial_correlation.detrended", 10),
                                  ("vigia.serial_correlation.deseasonalized", 8)] {
            #expect(Self.of(method).count >= minimum, "\(method)")
        }
    }

    @Test(arguments: of("pymannkendall.hamed_rao_modification_test"))
    func hamedRao(_ v: ReferenceVector) throws {
        let r = TrendTest.hamedRao(v.points, lags: v.parameters["lag"] as? Int)
        #expect(r.test == .hamedRao)
        try v.expectModifiedTrend(r)
    }

    @Test(arguments: of("pymannkendall.yue_wang_modification_test"))
    func yueWang(_ v: ReferenceVector) throws {
        let r = TrendTest.yueWang(v.points, lags: v.parameters["lag"] as? Int)
        #expect(r.test == .yueWang)
        try v.expectModifiedTrend(r)
    }

    @Test(arguments: of("pymannkendall.correlated_seasonal_test"))
    func correlatedSeasonal(_ v: ReferenceVector) throws {
        let period = try #require(v.parameters["period"] as? Int)
        let r = TrendTest.correlatedSeasonal(v.points, period: period)
        #expect(r.test == .correlatedSeasonal)
        #expect(r.n == (v.outputs["vigia_n"] as? Int), "\(v.name): n")
        #expect(r.assessable, "\(v.name)")
        try v.expectModifiedTrend(r)
    }

    @Test(arguments: of("vigia.serial_correlation.detrended"))
    func serialCorrelationDetrended(_ v: ReferenceVector) throws {
        try v.expectSerialCorrelation(SerialCorrelation.ofDetrended(v.points))
    }

    @Test(arguments: of("vigia.serial_correlation.deseasonalized"))
    func serialCorrelationDeseasonalized(_ v: ReferenceVector) throws {
        let period = try #require(v.parameters["period"] as? Int)
        try v.expectSerialCorrelation(SerialCorrelation.ofDeseasonalized(v.points, period: period))
    }

    /// The `auto` choice and Hamed-Rao must see the same lag 1: whenever the check is significant,
    /// Hamed-Rao's screening keeps lag 1, and it keeps it only then. On every input of the file.
    @Test(arguments: vectors.filter { $0.method.hasPrefix("pymannkendall.") || $0.method.hasPrefix("vigia.serial") })
    func detrendedCheckAgreesWithHamedRaoScreening(_ v: ReferenceVector) {
        let points = v.points
        let check = SerialCorrelation.ofDetrended(points)
        for lags in [nil, 1, 3] as [Int?] {
            let screening = TrendTest.hamedRaoScreening(points, lags: lags)
            #expect(screening.includesLag1 == (check?.significant ?? false), "\(v.name), lags \(String(describing: lags))")
        }
    }
}

extension ReferenceVector {
    /// As `expectTrend`, and where pymannkendall's corrected Var(S) is not positive (its z and p
    /// are NaN, written as null): Vigía reports the same Var(S) with z = 0, p = 1, no trend.
    func expectModifiedTrend(_ r: TrendResult) throws {
        guard outputs["z"] is NSNull else { return try expectTrend(r, slopeScale: 1) }
        #expect(outputs["p"] is NSNull)
        let varS = try #require(outputs["var_s"] as? Double)
        #expect(varS <= 0)
        #expect(Double(r.s) == (outputs["s"] as? Double), "\(name): s")
        expectClose(r.varS, varS, 1e-9, "\(name): var_s")
        expectClose(try #require(r.tau), try #require(outputs["Tau"] as? Double), 1e-9, "\(name): Tau")
        expectClose(try #require(r.slopePerYear), try #require(outputs["slope"] as? Double), 1e-9, "\(name): slope")
        #expect(r.z == 0 && r.p == 1, "\(name)")
        #expect(!r.significant && r.direction == .noTrend, "\(name)")
    }

    func expectSerialCorrelation(_ c: SerialCorrelation?) throws {
        guard let lag1 = outputs["lag1"] as? Double else {
            #expect(c == nil, "\(name): expected no serial-correlation check")
            return
        }
        let c = try #require(c, "\(name)")
        expectClose(c.lag1, lag1, 1e-9, "\(name): lag1")
        expectClose(c.bound, try #require(outputs["bound"] as? Double), 1e-12, "\(name): bound")
        #expect(c.n == (outputs["n"] as? Int), "\(name): n")
        #expect(c.significant == (outputs["significant"] as? Bool), "\(name): significant")
    }
}
