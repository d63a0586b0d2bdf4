/// Which trend test produced a result (the names of `trend.test` in indicators.yaml and JSON).
public enum TrendTestKind: String, Sendable, CaseIterable {
    /// Mann-Kendall on one sequence, values taken as independent.
    case mannKendall = "mann-kendall"
    /// Mann-Kendall with Var(S) corrected for autocorrelation (Hamed & Rao 1998).
    case hamedRao = "hamed-rao"
    /// Mann-Kendall with Var(S) corrected for autocorrelation (Yue & Wang 2004).
    case yueWang = "yue-wang"
    /// Seasonal Mann-Kendall (Hirsch & Slack 1984): seasons taken as independent.
    case seasonalMannKendall = "seasonal-mann-kendall"
    /// Seasonal Mann-Kendall with the covariance between seasons (Hipel & McLeod 1994).
    case correlatedSeasonal = "correlated-seasonal"

    /// Tests that compare like seasons (months, quarters) with each other.
    public var isSeasonal: Bool { self == .seasonalMannKendall || self == .correlatedSeasonal }
}

public enum TrendDirection: String, Sendable {
    case increasing, decreasing
    case noTrend = "no-trend"
}

/// The outcome of a Mann-Kendall test (plain or seasonal) with its Sen slope.
public struct TrendResult: Hashable, Sendable {
    public let test: TrendTestKind
    public let n: Int
    public let s: Int
    public let varS: Double
    public let z: Double
    public let p: Double
    public let tau: Double?
    /// Sen's slope in value units per year; nil with fewer than two points.
    public let slopePerYear: Double?
    /// False below the minimum number of points: such a series is never significant.
    public let assessable: Bool

    /// Significance level of every test in Vigía (methods.md).
    public static let alpha = 0.05
    /// Fewer points than this can never be judged.
    public static let minimumPoints = 5

    public var significant: Bool { assessable && p < Self.alpha }

    public var direction: TrendDirection {
        guard significant else { return .noTrend }
        return z > 0 ? .increasing : .decreasing
    }
}

/// Mann-Kendall trend tests (methods.md §1–2), on points at integer positions. The tests robust
/// to serial correlation (§7) are in VarianceCorrection.swift and CorrelatedSeasonal.swift.
public enum TrendTest {
    /// The original test: one sequence, slope per year given `periodsPerYear` positions a year.
    public static func mannKendall(_ points: [TimePoint], periodsPerYear: Int = 1) -> TrendResult {
        let ordered = points.sorted { $0.position < $1.position }
        let score = KendallScore(ordered.map(\.value))
        let slope = SenSlope.slope(ordered).map { $0 * Double(periodsPerYear) }
        return result(.mannKendall, s: score.s, variance: score.variance, pairs: score.pairs,
                      n: score.n, slope: slope)
    }

    /// The seasonal test (Hirsch–Slack): scores summed over seasons, seasonal Sen slope per year.
    public static func seasonal(_ points: [TimePoint], period: Int) -> TrendResult {
        seasonal(SeasonSplit(points, period: period))
    }

    /// The same on points already split by season (`TrendSelection` shares the split with its
    /// serial-correlation check).
    static func seasonal(_ split: SeasonSplit) -> TrendResult {
        seasonal(split, slope: SenSlope.seasonalSlope(split))
    }

    /// The same with the split's seasonal Sen slope already worked out (`SeasonalWindow` keeps the
    /// slopes of the check).
    static func seasonal(_ split: SeasonSplit, slope: Double?) -> TrendResult {
        var score = SeasonalScore()
        split.values.withUnsafeBufferPointer { values in
            for season in 0..<split.period {
                score.add(KendallScore(UnsafeBufferPointer(rebasing: values[split.range(season)])))
            }
        }
        return seasonal(score, slope: slope)
    }

    /// The same from the seasons' scores already added up (`SeasonSplit.slopes` counts them with
    /// the pairs it forms).
    static func seasonal(_ score: SeasonalScore, slope: Double?) -> TrendResult {
        result(.seasonalMannKendall, s: score.s, variance: score.variance, pairs: score.pairs, n: score.n, slope: slope)
    }

    /// The test that suits the frequency: seasonal for monthly and quarterly series.
    public static func forFrequency(_ frequency: Frequency, points: [TimePoint]) -> TrendResult {
        frequency == .annual ? mannKendall(points) : seasonal(points, period: frequency.periodsPerYear)
    }

    private static func result(_ kind: TrendTestKind, s: Int, variance: Double, pairs: Int, n: Int,
                               slope: Double?) -> TrendResult {
        let z = kendallZ(s: s, variance: variance)
        return TrendResult(test: kind, n: n, s: s, varS: variance, z: z, p: StandardNormal.twoSidedP(z),
                           tau: pairs > 0 ? Double(s) / Double(pairs) : nil, slopePerYear: slope,
                           assessable: n >= TrendResult.minimumPoints)
    }
}
