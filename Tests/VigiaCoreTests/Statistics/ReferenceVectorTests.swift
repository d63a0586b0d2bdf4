import Foundation
import Testing
@testable import VigiaCore

/// Every vector of `Reference/mk_vectors.json` (pymannkendall 1.4.3 and the Eurostat
/// growth-rate method), to 1e-9 relative (p-values 1e-6), as the reference README asks.
struct ReferenceVectorTests {
    static let vectors: [ReferenceVector] = ReferenceVector.loadAll("mk_vectors.json")

    @Test func allVectorsAreLoaded() {
        #expect(Self.vectors.count >= 30)
    }

    @Test(arguments: vectors.filter { $0.method == "pymannkendall.original_test" })
    func originalTest(_ v: ReferenceVector) throws {
        let r = TrendTest.mannKendall(v.points)
        try v.expectTrend(r, slopeScale: 1)
    }

    @Test(arguments: vectors.filter { $0.method == "pymannkendall.seasonal_test" })
    func seasonalTest(_ v: ReferenceVector) throws {
        let period = try #require(v.parameters["period"] as? Int)
        let r = TrendTest.seasonal(v.points, period: period)
        try v.expectTrend(r, slopeScale: 1)
    }

    @Test(arguments: vectors.filter { $0.method == "pymannkendall.sens_slope" })
    func sensSlope(_ v: ReferenceVector) throws {
        let expected = try #require(v.outputs["slope"] as? Double)
        let slope = try #require(SenSlope.slope(v.points))
        expectClose(slope, expected, 1e-9, v.name)
    }

    @Test(arguments: vectors.filter { $0.method == "pymannkendall.seasonal_sens_slope" })
    func seasonalSensSlope(_ v: ReferenceVector) throws {
        let expected = try #require(v.outputs["slope"] as? Double)
        let period = try #require(v.parameters["period"] as? Int)
        let slope = try #require(SenSlope.seasonalSlope(v.points, period: period))
        expectClose(slope, expected, 1e-9, v.name)
    }

    @Test(arguments: vectors.filter { $0.method == "eurostat_cagr_ratio_with_target" })
    func progressWithTarget(_ v: ReferenceVector) throws {
        let (start, current, direction) = try v.progressPoints()
        let target = TimedValue(time: try #require(v.number("target_year")), value: try #require(v.number("target_value")))
        let m = ProgressMeasure(method: .cagr, direction: direction, start: start, current: current, target: target)
        expectClose(try #require(m.actualRate), try #require(v.outputs["cagr_actual"] as? Double), 1e-9, v.name)
        expectClose(try #require(m.requiredRate), try #require(v.outputs["cagr_required"] as? Double), 1e-9, v.name)
        expectClose(try #require(m.ratio), try #require(v.outputs["ratio_direction_adjusted"] as? Double), 1e-9, v.name)
        let expected: ProgressStatus = (v.outputs["target_already_met_at_t"] as? Bool) == true
            ? .met : try #require(Self.withTarget[v.outputs["category"] as? String ?? ""])
        #expect(m.status == expected, "\(v.name)")
    }

    @Test(arguments: vectors.filter { $0.method == "eurostat_cagr_without_target" })
    func progressWithoutTarget(_ v: ReferenceVector) throws {
        let (start, current, direction) = try v.progressPoints()
        let m = ProgressMeasure(method: .cagr, direction: direction, start: start, current: current, target: nil)
        let category = try #require(v.outputs["category"] as? String)
        if category == "not_assessable" {
            #expect(m.actualRate == nil)
            #expect(m.status == .notAssessable)
            #expect(m.noTargetClass == nil)
            return
        }
        expectClose(try #require(m.actualRate), try #require(v.outputs["cagr"] as? Double), 1e-9, v.name)
        #expect(m.status == .noTarget)
        #expect(m.noTargetClass == Self.withoutTarget[category], "\(v.name)")
    }

    static let withTarget: [String: ProgressStatus] = [
        "significant_progress_towards_target": .onTrack, "moderate_progress": .moderate,
        "insufficient_progress": .insufficient, "movement_away_from_target": .movingAway,
    ]
    static let withoutTarget: [String: NoTargetClass] = [
        "significant_progress": .significantProgress, "moderate_progress": .moderateProgress,
        "moderate_movement_away": .moderateMovementAway, "significant_movement_away": .significantMovementAway,
    ]
}

/// One reference vector, decoded loosely from JSON.
struct ReferenceVector: CustomTestStringConvertible, Sendable {
    let name: String
    let method: String
    nonisolated(unsafe) let parameters: [String: Any]
    nonisolated(unsafe) let input: Any
    nonisolated(unsafe) let outputs: [String: Any]

    var testDescription: String { name }

    /// Every vector of `Reference/<file>`, beside this source file; empty when the file is missing or malformed.
    static func loadAll(_ file: String) -> [ReferenceVector] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Reference").appendingPathComponent(file)
        guard let data = try? Data(contentsOf: url),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let list = root["vectors"] as? [[String: Any]] else { return [] }
        return list.map {
            ReferenceVector(name: $0["name"] as? String ?? "?", method: $0["method"] as? String ?? "?",
                            parameters: $0["parameters"] as? [String: Any] ?? [:], input: $0["input"] as Any,
                            outputs: $0["outputs"] as? [String: Any] ?? [:])
        }
    }

    /// The input list as points at positions 0, 1, 2…; `null` entries are gaps.
    var points: [TimePoint] {
        (input as? [Any] ?? []).enumerated().compactMap { i, v in
            (v as? NSNumber).map { TimePoint(position: i, value: $0.doubleValue) }
        }
    }

    func number(_ key: String) -> Double? { (parameters[key] as? NSNumber)?.doubleValue }

    /// Start and current points of a progress vector, from its year → value input.
    func progressPoints() throws -> (TimedValue, TimedValue, Direction) {
        let series = try #require(input as? [String: Any])
        func value(at t: Double) throws -> Double {
            let entry = series.first { Double($0.key) == t }
            return try #require((entry?.value as? NSNumber)?.doubleValue)
        }
        let t0 = try #require(number("t0")), t = try #require(number("t"))
        let direction: Direction = try #require(number("direction")) > 0 ? .increase : .decrease
        return (TimedValue(time: t0, value: try value(at: t0)), TimedValue(time: t, value: try value(at: t)), direction)
    }

    func expectTrend(_ r: TrendResult, slopeScale: Double) throws {
        #expect(Double(r.s) == (outputs["s"] as? Double), "\(name): s")
        expectClose(r.varS, try #require(outputs["var_s"] as? Double), 1e-9, "\(name): var_s")
        expectClose(r.z, try #require(outputs["z"] as? Double), 1e-9, "\(name): z")
        expectClose(r.p, try #require(outputs["p"] as? Double), 1e-6, "\(name): p")
        expectClose(try #require(r.tau), try #require(outputs["Tau"] as? Double), 1e-9, "\(name): Tau")
        expectClose(try #require(r.slopePerYear) * slopeScale, try #require(outputs["slope"] as? Double), 1e-9, "\(name): slope")
        let trend = try #require(outputs["trend"] as? String)
        let expected: TrendDirection = r.assessable
            ? (trend == "increasing" ? .increasing : trend == "decreasing" ? .decreasing : .noTrend) : .noTrend
        #expect(r.direction == expected, "\(name): trend")
    }
}

func expectClose(_ actual: Double, _ expected: Double, _ tolerance: Double, _ label: String,
                 sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let scale = max(abs(expected), 1e-300)
    let ok = actual == expected || abs(actual - expected) / scale <= tolerance
    #expect(ok, "\(label): \(actual) vs expected \(expected)", sourceLocation: sourceLocation)
}

