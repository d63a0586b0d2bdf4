import Testing
@testable import VigiaCore

/// The evaluation shares and shortcuts work (issue 18, second round); each shortcut must give
/// exactly what the plain computation gives, bit for bit, on many seeded random inputs.
struct SharedWorkTests {
    /// A seeded generator: the same inputs on every run.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    @Test func ranksByOneSortEqualRanksBySearch() {
        var random = Seeded(state: 7)
        for trial in 0..<400 {
            let n = Int.random(in: 1...120, using: &random)
            // Few distinct values, so ties are common, and now and then a signed zero or an infinity.
            let values: [Double] = (0..<n).map { _ in
                switch Int.random(in: 0..<20, using: &random) {
                case 0: -0.0
                case 1: .infinity
                default: Double(Int.random(in: -6...6, using: &random)) / 2
                }
            }
            var fast = [Double](repeating: 0, count: n), plain = fast
            values.withUnsafeBufferPointer { v in
                fast.withUnsafeMutableBufferPointer { Ranks.average(v, into: $0) }
                plain.withUnsafeMutableBufferPointer { Ranks.bySearch(v, into: $0) }
            }
            #expect(fast.map(\.bitPattern) == plain.map(\.bitPattern), "trial \(trial): \(values)")
        }
    }

    /// The keyed sort takes the low bits of each value for its index: values a few units in the
    /// last place apart, of either sign, around zero and beyond the keyed sort's limit must still
    /// rank as a search in a sorted copy ranks them.
    @Test func ranksOfValuesApartOnlyInTheirLastBitsEqualRanksBySearch() {
        var random = Seeded(state: 19)
        for trial in 0..<300 {
            let n = trial == 0 ? KeyedOrder.limit + 7 : Int.random(in: 1...700, using: &random)
            let base = [1.0, -1.0, 0.0, 1e-310, 123_456.789][trial % 5]
            let values: [Double] = (0..<n).map { _ in
                var x = base
                for _ in 0..<Int.random(in: 0...1500, using: &random) { x = x.nextUp }
                return Int.random(in: 0..<4, using: &random) == 0 ? -x : x
            }
            var fast = [Double](repeating: 0, count: n), plain = fast
            values.withUnsafeBufferPointer { v in
                fast.withUnsafeMutableBufferPointer { Ranks.average(v, into: $0) }
                plain.withUnsafeMutableBufferPointer { Ranks.bySearch(v, into: $0) }
            }
            #expect(fast.map(\.bitPattern) == plain.map(\.bitPattern), "trial \(trial)")
        }
    }

    @Test func seasonalSlopeOfASuffixEqualsTheSuffixSplitAlone() {
        var random = Seeded(state: 11)
        for trial in 0..<300 {
            let period = [4, 12].randomElement(using: &random)!
            let first = Int.random(in: 24_000...24_300, using: &random)
            let points = (0..<Int.random(in: 1...140, using: &random)).compactMap { k -> TimePoint? in
                Int.random(in: 0..<10, using: &random) == 0
                    ? nil : TimePoint(position: first + k, value: Double(Int.random(in: 0...40, using: &random)))
            }
            guard let last = points.last?.position else { continue }
            let start = Int.random(in: (first - 3)...(last + 1), using: &random)
            let suffix = points.filter { $0.position >= start }
            let shared = SenSlope.seasonalSlope(SeasonSplit(points, period: period), from: start)
            let alone = SenSlope.seasonalSlope(suffix, period: period)
            #expect(shared?.bitPattern == alone?.bitPattern, "trial \(trial)")
        }
    }

    /// A window of consecutive months is split by stride; any other by counting and placing. Both
    /// give the same seasons, values and cycles, whatever the window's start (negative positions too).
    @Test func splitByStrideEqualsSplitByCounting() {
        var random = Seeded(state: 29)
        for trial in 0..<300 {
            let period = [1, 4, 12].randomElement(using: &random)!
            let first = Int.random(in: -30...24_300, using: &random)
            var points = (0..<Int.random(in: 1...140, using: &random)).map {
                TimePoint(position: first + $0, value: Double(Int.random(in: 0...400, using: &random)))
            }
            if trial % 3 == 0 { points.remove(at: Int.random(in: 0..<points.count, using: &random)) }
            if trial % 5 == 0, let p = points.last { points.append(TimePoint(position: p.position, value: 1)) }
            let strided = SeasonSplit(inOrder: points, period: period, strided: true)
            let counted = SeasonSplit(inOrder: points, period: period, strided: false)
            #expect(strided.values.elementsEqual(counted.values) && strided.cycles.elementsEqual(counted.cycles), "trial \(trial)")
            #expect((0..<period).allSatisfy { strided.range($0) == counted.range($0) }, "trial \(trial)")
        }
    }

    /// Consecutive positions step their season by one; the cursor locates each. Both name the
    /// same season for every point, from any start (negative positions too), and only runs
    /// without a gap or a repeat count as consecutive.
    @Test func seasonsSteppedEqualSeasonsLocated() {
        var random = Seeded(state: 31)
        for trial in 0..<300 {
            let period = [1, 4, 12].randomElement(using: &random)!
            let first = Int.random(in: -40...24_300, using: &random)
            var points = (0..<Int.random(in: 1...60, using: &random)).map { TimePoint(position: first + $0, value: 0) }
            if trial % 4 == 0 { points.insert(points[0], at: 0) }
            points.withUnsafeBufferPointer { points in
                #expect(points.areConsecutive == (trial % 4 != 0), "trial \(trial)")
                var stepped: [Int] = [], located: [Int] = []
                SeasonCursor.forEach(points, period: period, consecutive: points.areConsecutive) { _, s in stepped.append(s) }
                SeasonCursor.forEach(points, period: period, consecutive: false) { _, s in located.append(s) }
                #expect(stepped == located, "trial \(trial)")
            }
        }
    }

    /// The seasons scored while their slopes are formed give the seasonal test the S and Var(S)
    /// each season's own `KendallScore` gives: counts with many ties, gaps, a repeated position.
    /// The slopes formed on the way (two at a time where a season has one value a cycle) are
    /// those of the suffix at the front and all of them in all, bit for bit.
    @Test func seasonsScoredWithTheirSlopesEqualTheirOwnScores() {
        var random = Seeded(state: 23)
        for trial in 0..<300 {
            let period = [4, 12].randomElement(using: &random)!
            let first = Int.random(in: 24_000...24_300, using: &random)
            var points = (0..<Int.random(in: 1...140, using: &random)).compactMap { k -> TimePoint? in
                Int.random(in: 0..<10, using: &random) == 0
                    ? nil : TimePoint(position: first + k, value: Double(Int.random(in: 0...(trial % 2 == 0 ? 6 : 400), using: &random)))
            }
            if trial % 7 == 0, let p = points.last { points.append(TimePoint(position: p.position, value: p.value + 1)) }
            guard let last = points.last?.position else { continue }
            let split = SeasonSplit(inOrder: points, period: period)
            var score = SeasonalScore()
            var slopes = [Double](repeating: 0, count: split.pairCount)
            let start = Int.random(in: first...(last + 1), using: &random)
            let (front, all) = slopes.withUnsafeMutableBufferPointer { split.slopes(frontFrom: start, into: $0, score: &score) }
            func pairs(from start: Int) -> [UInt64] {
                var plain = [Double](repeating: 0, count: split.pairCount)
                let count = plain.withUnsafeMutableBufferPointer { split.slopes(from: start, into: $0) }
                return plain[..<count].map(\.bitPattern).sorted()
            }
            #expect(slopes[..<front].map(\.bitPattern).sorted() == pairs(from: start), "trial \(trial)")
            #expect(slopes[..<all].map(\.bitPattern).sorted() == pairs(from: .min), "trial \(trial)")
            let fused = TrendTest.seasonal(score, slope: 1), own = TrendTest.seasonal(split, slope: 1)
            #expect(fused.s == own.s && fused.n == own.n && fused.tau == own.tau, "trial \(trial)")
            #expect(fused.varS.bitPattern == own.varS.bitPattern && fused.p.bitPattern == own.p.bitPattern, "trial \(trial)")
        }
    }

    /// A window with no month missing takes its slopes lag by lag from the window itself, without
    /// a split: the same slopes bit for bit (the suffix's at the front, all in all), and the same
    /// S and Var(S) as the split's season-by-season pass; from any start, negative positions too,
    /// windows shorter than a year, counts with many ties and real values.
    @Test func slopesLagByLagEqualTheSplitsSlopes() {
        var random = Seeded(state: 43)
        for trial in 0..<600 {
            let period = [1, 2, 4, 12].randomElement(using: &random)!
            let first = Int.random(in: -40...24_300, using: &random)
            let points = (0..<Int.random(in: 1...150, using: &random)).map { k in
                TimePoint(position: first + k, value: trial % 3 == 0 ? Double.random(in: -5...5, using: &random)
                                                                    : Double(Int.random(in: 0...(trial % 2 == 0 ? 4 : 400), using: &random)))
            }
            let split = SeasonSplit(inOrder: points, period: period)
            let start = first + Int.random(in: 0..<points.count, using: &random)
            var ownScore = SeasonalScore(), lagScore = SeasonalScore()
            var own = [Double](repeating: 0, count: split.pairCount)
            var byLag = [Double](repeating: 0, count: ConsecutiveSlopes.pairCount(points.count, period: period))
            #expect(byLag.count == own.count, "trial \(trial)")
            let (ownFront, ownAll) = own.withUnsafeMutableBufferPointer { split.slopes(frontFrom: start, into: $0, score: &ownScore) }
            let (front, all) = points.withUnsafeBufferPointer { p in
                byLag.withUnsafeMutableBufferPointer {
                    ConsecutiveSlopes.write(p, period: period, frontFrom: start - first, into: $0, score: &lagScore)
                }
            }
            #expect(front == ownFront && all == ownAll, "trial \(trial)")
            #expect(byLag[..<front].map(\.bitPattern).sorted() == own[..<ownFront].map(\.bitPattern).sorted(), "trial \(trial)")
            #expect(byLag[..<all].map(\.bitPattern).sorted() == own[..<ownAll].map(\.bitPattern).sorted(), "trial \(trial)")
            #expect(lagScore.s == ownScore.s && lagScore.n == ownScore.n && lagScore.pairs == ownScore.pairs, "trial \(trial)")
            #expect(lagScore.variance.bitPattern == ownScore.variance.bitPattern, "trial \(trial)")
        }
    }

    /// A window with no month missing finds its full years by arithmetic: the same points, and
    /// the same count of full years, as the search and count any window gets.
    @Test func fullYearsOfASteppedWindowEqualTheSearchedOnes() {
        var random = Seeded(state: 47)
        for trial in 0..<2_000 {
            let period = [4, 12].randomElement(using: &random)!
            let first = Int.random(in: -40...24_300, using: &random)
            var points = (0..<Int.random(in: 0...150, using: &random)).map {
                TimePoint(position: first + $0, value: trial % 9 == 0 && $0 == 3 ? .nan : 1)
            }
            if trial % 3 == 0, !points.isEmpty { points.remove(at: Int.random(in: 0..<points.count, using: &random)) }
            if trial % 5 == 0, let p = points.randomElement(using: &random) { points.append(p) }
            let window = SeasonalWindow(points, period: period)
            let searched = TrendSelection.endingInLatest(points, period: period)
            #expect(window.cycles.map(\.position) == searched.map(\.position)
                    && window.cycles.map(\.value.bitPattern) == searched.map(\.value.bitPattern)
                    && window.cycles.startIndex == searched.startIndex, "trial \(trial)")
            #expect(window.completeCycles == TrendSelection.completeCycles(searched, period: period), "trial \(trial)")
        }
    }

    @Test func statusesDecidedWithoutPowEqualTheMeasuredOnes() {
        var random = Seeded(state: 13)
        func value() -> Double {
            switch Int.random(in: 0..<12, using: &random) {
            case 0: 0
            case 1: -Double(Int.random(in: 1...50, using: &random))
            case 2: 100 * (1 + Double(Int.random(in: -3...3, using: &random)) * 1e-12)  // next to 100
            default: Double(Int.random(in: 1...200, using: &random))
            }
        }
        for trial in 0..<3_000 {
            let start = TimedValue(time: 2019 + Double(Int.random(in: -2...2, using: &random)), value: value())
            let target = Int.random(in: 0..<10, using: &random) == 0
                ? nil : TimedValue(time: 2030, value: Int.random(in: 0..<8, using: &random) == 0 ? start.value : value())
            let plan = ProgressPlan(method: Bool.random(using: &random) ? .cagr : .linear,
                                    direction: Bool.random(using: &random) ? .increase : .decrease,
                                    start: start, target: target)
            let current = TimedValue(time: 2019 + Double(Int.random(in: -1...84, using: &random)) / 12,
                                     value: Int.random(in: 0..<4, using: &random) == 0 ? start.value : value())
            let measured = plan.measure(current).status
            for status in [ProgressStatus.met, .movingAway] {
                #expect(plan.hasStatus(status, at: current) == (measured == status),
                        "trial \(trial): \(status) for \(plan) at \(current), measured \(measured)")
            }
        }
    }

    @Test func bestGrowthMeasuringFewPairsEqualsEveryPairMeasured() {
        var random = Seeded(state: 17)
        for trial in 0..<3_000 {
            let n = Int.random(in: 0...140, using: &random)
            let monthly = Bool.random(using: &random)
            let first = Period.month(2013, Int.random(in: 1...12, using: &random))
            // Ratios that tie, that differ by a rounding, values that are zero or negative (no rate),
            // and now and then a huge or tiny one.
            let level = Double(Int.random(in: 1...400, using: &random))
            let points: [BasisPoint] = (0..<n).map { k in
                let period = monthly ? first.advanced(by: k) : Period.year(2000 + k)
                let value: Double = switch Int.random(in: 0..<24, using: &random) {
                case 0: 0
                case 1: -level
                case 2: level * (1 + Double(Int.random(in: -3...3, using: &random)) * 1e-13)
                case 3: level * 1e-280
                case 4: level * 1e290
                case 5...9: level
                default: Double(Int.random(in: 1...400, using: &random))
                }
                return BasisPoint(period: period, value: value, time: period.time + (monthly ? 1 / 12 - 1 : 0))
            }
            let span = Double([1, 3, 5].randomElement(using: &random)!)
            for d in [1.0, -1.0] {
                let fast = BestRate.growth(points[...], span: span, d)
                let plain = BestRate.plain(points[...], span: span, .cagr, d)
                #expect(fast?.rate.bitPattern == plain?.rate.bitPattern && fast?.from == plain?.from
                        && fast?.to == plain?.to, "trial \(trial), d \(d): \(String(describing: fast)) against \(String(describing: plain))")
            }
        }
    }

    /// The assessment's first pass over a series says at once whether it is a whole run (the
    /// trailing basis's exact running totals) and so in time order: the same order, and the same
    /// answer, as sorting first and checking after; and the same basis as when the basis checks.
    @Test func wholeRunOnTheFirstPassEqualsCheckingAfterOrdering() {
        var random = Seeded(state: 23)
        var whole = 0, sorted = 0
        for trial in 0..<600 {
            let frequency: Frequency = [.monthly, .monthly, .quarterly].randomElement(using: &random)!
            let first = Period(year: 2015, index: 1, frequency: frequency)!
            var series: [Observation] = (0..<Int.random(in: 0...60, using: &random)).map { k in
                let value: Double = switch Int.random(in: 0..<400, using: &random) {
                case 0: 2.5
                case 1: 0x1p49
                case 2: .nan
                default: Double(Int.random(in: 0...90, using: &random))
                }
                return Observation(indicator: "x", period: first.advanced(by: k), value: value, geo: "MX", source: "s")
            }
            // Now and then a gap, a repeated period, another frequency, or the series out of order.
            switch trial % 5 {
            case 0 where series.count > 2: series.remove(at: Int.random(in: 1..<(series.count - 1), using: &random))
            case 1 where !series.isEmpty: series.append(series[Int.random(in: 0..<series.count, using: &random)])
            case 2 where !series.isEmpty: series.append(Observation(indicator: "x", period: .year(2030), value: 1, geo: "MX", source: "s"))
            case 3: series.shuffle(using: &random)
            default: break
            }
            let (values, wholeRun) = Assessor.ordered(series)
            let plain = Assessor.inTimeOrder(series)
            #expect(values.map(\.period) == plain.map(\.period) && values.map(\.value.bitPattern) == plain.map(\.value.bitPattern),
                    "trial \(trial): order")
            #expect(wholeRun == plain.withUnsafeBufferPointer(TrailingSums.isWholeRun), "trial \(trial): whole run")
            let told = YearlyBasis.points(values, basis: .trailing12Months, frequency: frequency, aggregate: .sum, wholeRun: wholeRun)
            let checked = YearlyBasis.points(plain, basis: .trailing12Months, frequency: frequency, aggregate: .sum)
            #expect(told.map(\.period) == checked.map(\.period) && told.map(\.value.bitPattern) == checked.map(\.value.bitPattern),
                    "trial \(trial): basis")
            whole += wholeRun ? 1 : 0
            sorted += series.map(\.period) != plain.map(\.period) ? 1 : 0
        }
        #expect(whole > 120 && sorted > 60, "whole runs \(whole), sorted \(sorted)")
    }

    /// The special-cause tests skip their search when a pass without branches shows nothing to
    /// find (no trend run long enough, no window of three with two points beyond 2σ): the same
    /// signals as each test's definition followed point by point.
    @Test func specialCausesEqualTheirDefinitions() {
        /// Maximal stretches of one side (not 0), at least `minimum` long; each ends `extra` further.
        func stretches(_ sides: [Int], minimum: Int, _ test: SpecialCauseTest, extra: Int = 0) -> [ControlSignal] {
            var found: [ControlSignal] = [], start = 0
            for i in 1...sides.count where i == sides.count || sides[i] != sides[start] {
                if sides[start] != 0 && i - start >= minimum {
                    found.append(ControlSignal(test: test, side: sides[start] > 0 ? .high : .low, first: start, last: i - 1 + extra))
                }
                start = i
            }
            return found
        }
        func side(_ high: Bool, _ low: Bool) -> Int { high ? 1 : (low ? -1 : 0) }
        /// Every window of three with two points beyond 2σ on one side, high then low; overlapping ones merged.
        func twoOfThree(_ values: [Double], _ chart: ControlChart) -> [ControlSignal] {
            let zones = values.map { side($0 > chart.centre + 2 * chart.sigma, $0 < chart.centre - 2 * chart.sigma) }
            var found: [ControlSignal] = []
            for start in 0..<max(0, values.count - 2) {
                for (s, zone) in [(Side.high, 1), (Side.low, -1)] {
                    let hits = (start..<(start + 3)).filter { zones[$0] == zone }
                    guard hits.count >= 2 else { continue }
                    if let previous = found.last, previous.side == s, hits[0] <= previous.last + 1 {
                        found[found.count - 1] = ControlSignal(test: .twoOfThree, side: s, first: previous.first,
                                                               last: max(previous.last, hits.last!))
                    } else {
                        found.append(ControlSignal(test: .twoOfThree, side: s, first: hits[0], last: hits.last!))
                    }
                }
            }
            return found
        }
        var random = Seeded(state: 29)
        var trends = 0, pairs = 0
        for trial in 0..<1_500 {
            // Noise, now and then a steady climb or fall, a jump beyond the limits, or ties.
            var level = 50.0
            let values: [Double] = (0..<Int.random(in: 2...90, using: &random)).map { _ in
                switch Int.random(in: 0..<10, using: &random) {
                case 0: level += 3
                case 1: level -= 3
                case 2: return level + Double(Int.random(in: -30...30, using: &random))
                default: break
                }
                return level + Double(Int.random(in: -2...2, using: &random))
            }
            guard let chart = ControlChart(values) else { continue }
            let settings = SpecialCauseSettings(runLength: Int.random(in: 1...9, using: &random),
                                                trendLength: Int.random(in: 1...9, using: &random))
            let steps = zip(values.dropFirst(), values).map { side($0 > $1, $0 < $1) }
            let expected = stretches(values.map { side($0 > chart.upper, $0 < chart.lower) }, minimum: 1, .outsideLimits)
                + stretches(values.map { side($0 > chart.centre, $0 < chart.centre) }, minimum: settings.runLength, .shift)
                + stretches(steps, minimum: max(1, settings.trendLength - 1), .trend, extra: 1)
                + twoOfThree(values, chart)
            let found = SpecialCauses.detect(values, chart: chart, settings: settings)
            #expect(found == expected, "trial \(trial): \(found) against \(expected)")
            trends += found.contains { $0.test == .trend } ? 1 : 0
            pairs += found.contains { $0.test == .twoOfThree } ? 1 : 0
        }
        // Both searches run, and both are skipped, many times.
        #expect(trends > 200 && trends < 1_300 && pairs > 200 && pairs < 1_300, "trends \(trends), two of three \(pairs)")
    }

    /// The trailing basis places its points with the year's fractions divided out once: the same
    /// times, bit for bit, as `Period.time` for every period of every frequency.
    @Test func timesFromYearFractionsEqualPeriodTimes() {
        for frequency in [Frequency.annual, .quarterly, .monthly] {
            var fractions = [Double](repeating: .nan, count: frequency.periodsPerYear)
            fractions.withUnsafeMutableBufferPointer { fractions in
                Period.yearFractions(frequency, into: fractions)
                for year in 1000...9999 {
                    for index in 1...frequency.periodsPerYear {
                        let period = Period(year: year, index: index, frequency: frequency)!
                        #expect(period.time(fractions: UnsafeBufferPointer(fractions)).bitPattern == period.time.bitPattern, "\(period)")
                    }
                }
            }
        }
    }

    /// The serial-correlation check centres average ranks on (n + 1)/2 without summing them: the
    /// same centred ranks and lag-0 autocovariance, bit for bit, as `centre`, all ties included.
    @Test func ranksCentredOnTheirKnownMeanEqualCentred() {
        var random = Seeded(state: 37)
        for trial in 0..<600 {
            let n = Int.random(in: 1...300, using: &random)
            let spread = [1, 3, 20, 10_000].randomElement(using: &random)!
            let values = (0..<n).map { _ in Double(Int.random(in: 0...spread, using: &random)) / 4 }
            var known = [Double](repeating: 0, count: n), summed = known
            var a = 0.0, b = 0.0
            values.withUnsafeBufferPointer { v in
                known.withUnsafeMutableBufferPointer { Ranks.average(v, into: $0); a = Autocorrelation.centreRanks($0) }
                summed.withUnsafeMutableBufferPointer { Ranks.average(v, into: $0); b = Autocorrelation.centre($0) }
            }
            #expect(a.bitPattern == b.bitPattern && known.map(\.bitPattern) == summed.map(\.bitPattern), "trial \(trial)")
        }
    }

    /// target-infeasible first looks for one pair faster than the rate still required, screened
    /// without a `pow`. When it finds one the best pair is faster too (the rule's answer without
    /// finding it); away from a rounding of the boundary it finds one exactly when the best is faster.
    @Test func anyPairFasterAgreesWithTheBestPair() {
        var random = Seeded(state: 19)
        var found = 0, settledAlike = 0
        for trial in 0..<3_000 {
            let n = Int.random(in: 0...140, using: &random)
            let first = Period.month(2013, Int.random(in: 1...12, using: &random))
            let level = Double(Int.random(in: 1...400, using: &random))
            let points: [BasisPoint] = (0..<n).map { k in
                let period = first.advanced(by: k)
                let value: Double = switch Int.random(in: 0..<16, using: &random) {
                case 0: 0
                case 1: -level
                case 2: level * 1e-280
                case 3...5: level
                default: Double(Int.random(in: 1...400, using: &random))
                }
                return BasisPoint(period: period, value: value, time: period.time + 1 / 12 - 1)
            }
            let span = Double([1, 3, 5].randomElement(using: &random)!)
            for method in [ProgressMethod.cagr, .linear] {
                for d in [1.0, -1.0] {
                    let best = BestRate.plain(points[...], span: span, method, d)
                    // On the boundary: the best rate itself, or an ulp either side. Near it: a
                    // millionth to a billionth away, a gap the screen must not close. Else any rate.
                    let onBoundary = trial % 3 == 0 && best != nil, near = trial % 3 == 1 && best != nil
                    let gap = (abs(best?.rate ?? 0) + 1e-3) * [1e-3, 1e-5, 1e-7, 1e-9].randomElement(using: &random)!
                    let required: Double = onBoundary
                        ? [best!.rate, best!.rate.nextUp, best!.rate.nextDown].randomElement(using: &random)!
                        : near ? best!.rate + [gap, -gap].randomElement(using: &random)!
                        : (method == .cagr ? Double.random(in: -0.6...0.6, using: &random)
                                           : Double.random(in: -80...80, using: &random))
                    let bestIsFaster = best.map { d * $0.rate > d * required } ?? false
                    let fast = BestRate.anyFaster(points[...], span: span,
                                                  than: RateComparison(method, beyond: required, direction: d))
                    if fast { #expect(bestIsFaster, "trial \(trial), \(method), d \(d): a pair faster than \(required), the best not") }
                    if !onBoundary {
                        #expect(fast == bestIsFaster, "trial \(trial), \(method), d \(d): \(fast) against the best \(String(describing: best)), \(required)")
                        settledAlike += fast == bestIsFaster ? 1 : 0
                    }
                    found += fast ? 1 : 0
                }
            }
        }
        // Both answers occur often: the screen is tested both ways.
        #expect(found > 2_000 && settledAlike > 4_000, "found \(found), settled alike \(settledAlike)")
    }

    /// The walk back of target-infeasible decides from logarithms where they settle it: always the
    /// answer the rate measured with `pow` gives, near the boundary too (rates a few ulps either
    /// side of the reference, where only `pow` can tell).
    @Test func rateComparisonAgreesWithMeasuredRates() {
        var random = Seeded(state: 18)
        for trial in 0..<20_000 {
            let aim = TimedValue(time: 2030, value: Double.random(in: 1...1e4, using: &random))
            let from = TimedValue(time: 2030 - Double(Int.random(in: 1...240, using: &random)) / 12 - 1.0 / 12,
                                  value: [Double.random(in: 0...2e4, using: &random), 0, aim.value,
                                          aim.value * Double.random(in: 0.999...1.001, using: &random)]
                                      .randomElement(using: &random)!)
            let measured = ProgressMethod.cagr.rate(from: from, to: aim)
            let reference: Double = switch trial % 4 {
            case 0: Double.random(in: -0.999...0.5, using: &random)
            case 1: measured.map { [$0, $0.nextUp, $0.nextDown, $0 + 1e-12, $0 - 1e-12].randomElement(using: &random)! } ?? 0
            case 2: [-1, -0.9995, 10, .infinity].randomElement(using: &random)!
            default: Double.random(in: -0.3...0.3, using: &random)
            }
            for d in [1.0, -1.0] {
                let expected = measured.map { d * $0 > d * reference } ?? false
                #expect(RateComparison(.cagr, beyond: reference, direction: d).isBeyond(from: from, to: aim) == expected,
                        "trial \(trial), d \(d): \(from) to \(aim) against \(reference)")
                let linear = ProgressMethod.linear.rate(from: from, to: aim).map { d * $0 > d * reference } ?? false
                #expect(RateComparison(.linear, beyond: reference, direction: d).isBeyond(from: from, to: aim) == linear)
            }
        }
    }

    /// CUSUM's two sums run side by side in a vector: the same signals, at the same periods, as
    /// the sums one at a time (where each last stood at zero kept by branches), on noise that
    /// touches zero often, with any allowance (0 too), and with missing values among them.
    @Test func cusumInVectorsEqualsScalarSums() {
        func scalar(_ c: Cusum, _ values: [Double], from start: Int, mean: Double, sigma: Double) -> Cusum.Signal? {
            guard sigma > 0, start < values.count else { return nil }
            var up = 0.0, down = 0.0, upZero = start - 1, downZero = start - 1
            for i in start..<values.count {
                let z = (values[i] - mean) / sigma
                up = max(0, up + z - c.k)
                down = max(0, down - z - c.k)
                if up == 0 { upZero = i }
                if down == 0 { downZero = i }
                if up > c.h { return Cusum.Signal(side: .high, detectedAt: i, changeStart: upZero + 1, reference: mean) }
                if down > c.h { return Cusum.Signal(side: .low, detectedAt: i, changeStart: downZero + 1, reference: mean) }
            }
            return nil
        }
        var random = Seeded(state: 37)
        var signals = 0
        for trial in 0..<3_000 {
            let cusum = Cusum(k: [0, 0.25, 0.5, 1].randomElement(using: &random)!, h: [0.5, 2, 5].randomElement(using: &random)!)
            let drift = Double.random(in: -0.2...0.2, using: &random)
            var values = (0..<Int.random(in: 0...90, using: &random)).map {
                (Double(Int.random(in: -3...3, using: &random)) + drift * Double($0)).rounded()
            }
            if trial % 7 == 0, !values.isEmpty { values[Int.random(in: 0..<values.count, using: &random)] = .nan }
            let start = Int.random(in: 0...max(0, values.count), using: &random)
            let sigma = [0, 1, 1.5, 3].randomElement(using: &random)!
            let expected = scalar(cusum, values, from: start, mean: 0, sigma: sigma)
            signals += expected == nil ? 0 : 1
            #expect(cusum.firstSignal(values, from: start, mean: 0, sigma: sigma) == expected, "trial \(trial)")
        }
        #expect(signals > 1_000)  // the comparison saw both sides' signals, not only their absence
    }

    /// Full years are counted without a division a point, block by block: the same count as
    /// placing every point in its year by division, in time order or not, with gaps, repeats and
    /// points before the first.
    @Test func completeCyclesWithoutDivisionsEqualsDividing() {
        func dividing(_ points: ArraySlice<TimePoint>, period: Int) -> Int {
            guard let first = points.first?.position else { return 0 }
            var complete = 0, block = 0, filled = 0
            for p in points {
                let b = (p.position - first) / period
                if b != block {
                    if filled == period { complete += 1 }
                    block = b
                    filled = 0
                }
                filled += 1
            }
            return filled == period ? complete + 1 : complete
        }
        var random = Seeded(state: 41)
        for trial in 0..<3_000 {
            let period = [1, 4, 12].randomElement(using: &random)!
            let first = Int.random(in: -30...24_300, using: &random)
            var points = (0..<Int.random(in: 0...130, using: &random)).map { TimePoint(position: first + $0, value: 1) }
            if trial % 3 == 0, !points.isEmpty { points.remove(at: Int.random(in: 0..<points.count, using: &random)) }
            if trial % 5 == 0, let p = points.randomElement(using: &random) { points.append(p) }
            if trial % 4 == 0 { points.shuffle(using: &random) }
            #expect(TrendSelection.completeCycles(points[...], period: period) == dividing(points[...], period: period),
                    "trial \(trial)")
        }
    }
}
