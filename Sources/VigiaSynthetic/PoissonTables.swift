/// Poisson draws for the few means one place needs, each mean's cumulative probabilities computed
/// once.
///
/// A place's mean for a cell is `weight × base rate × season`: with four base rates and twelve
/// months, its 1,368 cells of a year share only 48 means. Inversion by sequential search costs an
/// `exp` and a division per step, and a mispredicted branch where the search stops; here each
/// mean's first eight cumulative sums are computed when the place starts, a draw counts the sums
/// below its uniform without branching, and only the rare draw past them (u > P(X ≤ 7)) searches
/// on, extending the sums as needed. The arithmetic is the same, in the same order, as
/// `Poisson.inversion`, so a draw gives the same count either way (a test holds it to that).
/// Means of 10 and more go to `Poisson.transformedRejection`.
///
/// `sample` runs for every cell of the file, so the tables live in raw memory owned by this
/// object (no array uniqueness checks per draw); one block's thread uses it.
final class PoissonTables {
    /// Sums stored per mean; past them (a draw beyond about the 60th count, only when u is within
    /// rounding of 1) the search goes on without storing.
    static let depth = 64
    /// Sums computed up front and compared without branches.
    static let eager = 8

    private enum Kind: UInt8 { case zero, inversion, rejection }

    let slots: Int
    private let lambdas: UnsafeMutablePointer<Double>
    private let kinds: UnsafeMutablePointer<Kind>
    /// P(X ≤ k) for k < filled[slot], at cumulative[slot × depth + k]; +∞ from where the terms
    /// underflowed (`Poisson.inversion` stops there).
    private let cumulative: UnsafeMutablePointer<Double>
    private let filled: UnsafeMutablePointer<Int>
    /// The last term computed per slot, to extend the sums.
    private let term: UnsafeMutablePointer<Double>

    init(slots: Int) {
        self.slots = slots
        lambdas = .allocate(capacity: slots)
        lambdas.initialize(repeating: 0, count: slots)
        kinds = .allocate(capacity: slots)
        kinds.initialize(repeating: .zero, count: slots)
        cumulative = .allocate(capacity: slots * Self.depth)
        cumulative.initialize(repeating: 0, count: slots * Self.depth)
        filled = .allocate(capacity: slots)
        filled.initialize(repeating: 0, count: slots)
        term = .allocate(capacity: slots)
        term.initialize(repeating: 0, count: slots)
    }

    deinit {
        lambdas.deallocate()
        kinds.deallocate()
        cumulative.deallocate()
        filled.deallocate()
        term.deallocate()
    }

    /// Starts over with new means (a new place).
    func reset(_ means: UnsafePointer<Double>) {
        for slot in 0..<slots {
            let lambda = means[slot]
            lambdas[slot] = lambda
            filled[slot] = 0
            if !(lambda > 0) {
                kinds[slot] = .zero
            } else if lambda >= Poisson.inversionLimit {
                kinds[slot] = .rejection
            } else {
                kinds[slot] = .inversion
                for _ in 0..<Self.eager { extend(slot) }
            }
        }
    }

    @inline(__always)
    func sample(_ slot: Int, _ random: inout RandomSource) -> Int {
        switch kinds[slot] {
        case .zero: return 0
        case .rejection: return Poisson.transformedRejection(lambdas[slot], &random)
        case .inversion: break
        }
        let u = random.uniform()
        let c = cumulative + slot * Self.depth
        // The sums are nondecreasing: how many lie below u is the first k with u ≤ P(X ≤ k).
        var k = (u > c[0] ? 1 : 0) &+ (u > c[1] ? 1 : 0) &+ (u > c[2] ? 1 : 0) &+ (u > c[3] ? 1 : 0)
        k = k &+ (u > c[4] ? 1 : 0) &+ (u > c[5] ? 1 : 0) &+ (u > c[6] ? 1 : 0) &+ (u > c[7] ? 1 : 0)
        return k < Self.eager ? k : searchOn(slot, u)
    }

    /// The search past the eager sums, extending them as needed.
    private func searchOn(_ slot: Int, _ u: Double) -> Int {
        let c = cumulative + slot * Self.depth
        var k = Self.eager
        while true {
            if k == filled[slot] {
                if k == Self.depth { return continued(slot, u) }
                extend(slot)
            }
            if u <= c[k] { return k }
            k += 1
        }
    }

    /// Computes the next cumulative sum of `slot`: +∞ once its term underflowed, so that a search
    /// stops at the first such count, as `Poisson.inversion` does.
    private func extend(_ slot: Int) {
        let k = filled[slot], c = cumulative + slot * Self.depth, lambda = lambdas[slot]
        if k == 0 {
            term[slot] = Poisson.exp(-lambda)
            c[0] = term[slot]
        } else if c[k - 1] == .infinity {
            c[k] = .infinity
        } else {
            let p = term[slot] * (lambda / Double(k))
            term[slot] = p
            c[k] = p > 0 ? c[k - 1] + p : .infinity
        }
        filled[slot] = k + 1
    }

    /// The rare search beyond the stored sums (u above all of them), without storing.
    private func continued(_ slot: Int, _ u: Double) -> Int {
        let lambda = lambdas[slot]
        var k = Self.depth - 1, p = term[slot], sum = cumulative[slot * Self.depth + k]
        while u > sum {
            k += 1
            p *= lambda / Double(k)
            guard p > 0 else { break }
            sum += p
        }
        return k
    }
}
