/// An individuals chart (XmR) of one series: centre line and process limits (methods.md §4).
///
/// The spread comes from the moving ranges of consecutive points rather than the standard
/// deviation of all points, so a series that shifts or trends still gets limits that
/// describe its routine, point-to-point variation (the NHS "Making Data Count" method).
public struct ControlChart: Hashable, Sendable {
    /// Limits sit at x̄ ± 2.66·mR̄: three sigma, with σ̂ = mR̄/d₂.
    public static let limitFactor = 2.66
    /// d₂ for moving ranges of two points.
    public static let d2 = 1.128

    /// x̄, the mean of the points.
    public let centre: Double
    /// mR̄, the mean of |x_i − x_{i−1}|.
    public let meanMovingRange: Double
    public let count: Int
    /// The lowest value the quantity can take (0 for counts), below which no limit is drawn.
    public let floor: Double?

    /// Nil with fewer than two points: a single point has no moving range.
    public init?(_ values: [Double], floor: Double? = nil) {
        guard values.count >= 2 else { return nil }
        var sum = values[0], ranges = 0.0
        for i in 1..<values.count {
            sum += values[i]
            ranges += abs(values[i] - values[i - 1])
        }
        centre = sum / Double(values.count)
        meanMovingRange = ranges / Double(values.count - 1)
        count = values.count
        self.floor = floor
    }

    /// σ̂ = mR̄/1.128, the routine variation of one point.
    public var sigma: Double { meanMovingRange / Self.d2 }
    public var upper: Double { centre + Self.limitFactor * meanMovingRange }
    /// Floored: a count has no lower limit below zero (methods.md §7).
    public var lower: Double {
        let limit = centre - Self.limitFactor * meanMovingRange
        return floor.map { Swift.max($0, limit) } ?? limit
    }

    /// True when the floor, not the spread, sets the lower limit.
    public var lowerIsFloored: Bool { floor.map { centre - Self.limitFactor * meanMovingRange < $0 } ?? false }

    /// Where a value falls: above or below the limits, or inside them.
    public func isOutside(_ x: Double) -> Side? {
        x > upper ? .high : (x < lower ? .low : nil)
    }

    /// Beyond two sigma on one side (including beyond the limits): the "2 of 3" zone.
    public func isBeyondTwoSigma(_ x: Double) -> Side? {
        let band = 2 * sigma
        return x > centre + band ? .high : (x < centre - band ? .low : nil)
    }

    /// Which side of the centre line; nil exactly on it.
    public func side(of x: Double) -> Side? {
        x > centre ? .high : (x < centre ? .low : nil)
    }
}
