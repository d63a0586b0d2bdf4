import Foundation

/// The generator's own pseudo-random numbers: xoshiro256** (Blackman and Vigna, 2018) seeded
/// through SplitMix64.
///
/// Our own rather than Swift's `SystemRandomNumberGenerator` (not seedable) or a library's: the
/// file must be byte-identical for the same seed on every machine and every Swift release, so the
/// algorithm is spelled out here. Every part of the file (each state's municipality sizes, each
/// state-year block of rows, each block's quirks) draws from its own stream, derived from the seed
/// and the part's coordinates: parts can be generated in parallel and in any order with the same
/// result, and changing one part (say, a quirk) does not shift the numbers of the others.
struct RandomSource {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// The stream of `seed` for the part named by `stream` (e.g. `[state, year, purpose]`).
    init(seed: UInt64, stream: [UInt64]) {
        var h = Self.splitMix(seed)
        for part in stream { h = Self.splitMix(h ^ Self.splitMix(part &+ 0x632B_E59B_D9B4_E019)) }
        var state = h
        func word() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            return Self.splitMix(state)
        }
        (s0, s1, s2, s3) = (word(), word(), word(), word())
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }  // the one state xoshiro cannot leave
    }

    /// SplitMix64's output function (Steele, Lea and Flood): a good 64-bit mix of its input.
    @inline(__always)
    static func splitMix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always)
    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// Uniform in [0, 1), with 53 random bits.
    @inline(__always)
    mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Uniform integer in 0..<n (n > 0), by Lemire's multiply-high: no division, bias below 2⁻⁵⁰
    /// for the small n used here.
    mutating func below(_ n: Int) -> Int {
        Int(UInt64(n).multipliedFullWidth(by: next()).high)
    }

    /// Standard normal, by Box–Muller (one of the pair; the generator needs few of them).
    mutating func normal() -> Double {
        let u1 = 1.0 - uniform()  // (0, 1]: log is finite
        let u2 = uniform()
        return (-2.0 * log(u1)).squareRoot() * cos(2.0 * Double.pi * u2)
    }

    /// Lognormal: exp of a normal with mean `mu` and standard deviation `sigma`.
    mutating func lognormal(mu: Double, sigma: Double) -> Double {
        exp(mu + sigma * normal())
    }
}
