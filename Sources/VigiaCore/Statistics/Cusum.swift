/// Tabular CUSUM on standardised values (methods.md §5): finds sustained shifts in level.
///
/// C⁺ = max(0, C⁺ + z − k) and C⁻ = max(0, C⁻ − z − k) add up departures larger than k
/// standard deviations; a shift is signalled when either exceeds h. The change itself began
/// just after the sum last stood at zero, which is the period reported.
public struct Cusum: Hashable, Sendable {
    /// Allowance: half a standard deviation, tuned to detect one-sigma shifts.
    public var k: Double
    /// Decision interval: five standard deviations keeps false alarms rare (ARL₀ ≈ 465).
    public var h: Double

    public static let standard = Cusum(k: 0.5, h: 5)

    public init(k: Double, h: Double) {
        self.k = k
        self.h = h
    }

    /// A detected shift: the side, the index where the sum crossed h, and where the shift began.
    public struct Signal: Hashable, Sendable {
        public let side: Side
        public let detectedAt: Int
        public let changeStart: Int
        /// The mean the values were compared with (the reference level before the change).
        public let reference: Double
        /// Successive shifts the same way merged into this one (1 for a single shift); see `changes`.
        public var steps = 1
    }

    /// The first signal at or after `start`, comparing with `mean` in units of `sigma`.
    public func firstSignal(_ values: [Double], from start: Int, mean: Double, sigma: Double) -> Signal? {
        guard sigma > 0, start < values.count else { return nil }
        // C⁺ and C⁻ side by side in one vector, with where each last stood at zero. The sums touch
        // zero at random on noise: in vector registers that is kept by selection, where scalar
        // code branched on it and mispredicted; one test for either crossing h leaves the loop.
        var sums = SIMD2<Double>.zero, zeros = SIMD2<Int64>(repeating: Int64(start - 1))
        let allowance = SIMD2(repeating: k), limit = SIMD2(repeating: h)
        return values.withUnsafeBufferPointer { values in
            for i in start..<values.count {
                let z = (values[i] - mean) / sigma
                // max(0, C + z − k) and max(0, C − z − k); subtracting z is adding −z, bit for bit.
                let next = sums + SIMD2(z, -z) - allowance
                sums = next.replacing(with: 0, where: .!(next .> 0))
                zeros.replace(with: Int64(i), where: sums .== 0)
                let crossed = sums .> limit
                if any(crossed) {
                    return crossed[0] ? Signal(side: .high, detectedAt: i, changeStart: Int(zeros[0]) + 1, reference: mean)
                                      : Signal(side: .low, detectedAt: i, changeStart: Int(zeros[1]) + 1, reference: mean)
                }
            }
            return nil
        }
    }

    /// Every shift in turn: the first `reference` values set the level; after a signal the new
    /// level is set by the `reference` values from the start of the change, and monitoring goes on.
    ///
    /// A shift that begins the moment monitoring resumes, the same way as the one before, means
    /// the level never settled in between: it is merged into the previous shift (a drift), so a
    /// steady trend reads as one episode from where it began, not one per reference period.
    ///
    /// `sigma` is shared by all segments: the routine point-to-point variation (σ̂ of the
    /// individuals chart) is robust to the shifts being looked for, a segment's own SD is not.
    public func changes(_ values: [Double], reference: Int, sigma: Double) -> [Signal] {
        guard reference > 0 else { return [] }
        var found: [Signal] = []
        var origin = 0
        while origin + reference < values.count {
            var sum = 0.0
            for i in origin..<(origin + reference) { sum += values[i] }
            guard let signal = firstSignal(values, from: origin + reference, mean: sum / Double(reference),
                                           sigma: sigma) else { break }
            if let previous = found.last, previous.side == signal.side, signal.changeStart == origin + reference {
                found[found.count - 1] = Signal(side: previous.side, detectedAt: signal.detectedAt,
                                                changeStart: previous.changeStart, reference: previous.reference,
                                                steps: previous.steps + 1)
            } else {
                // Room for a few shifts at once (grown a signal at a time, the array was
                // reallocated each), made at the first: a series without a shift allocates nothing.
                if found.isEmpty { found.reserveCapacity(4) }
                found.append(signal)
            }
            origin = signal.changeStart
        }
        return found
    }
}
