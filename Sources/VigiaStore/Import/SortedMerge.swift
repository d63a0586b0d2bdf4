import Dispatch
import VigiaCore

/// The k-way merge of `ValueCollector.merged`, on two cores: the sorted parts are cut at one key,
/// and each side is merged straight into its own stretch of the result (300,000 figures at
/// municipal scale; the merge was 0.1 s of an import's critical path, half of it the page faults
/// of writing the result for the first time). The sides' results are then closed up.
final class SortedMerge: @unchecked Sendable {
    typealias Order = [(key: UInt64, slot: Int)]
    private let parts: [ValueCollector]
    private let orders: [Order]
    private let round: (Double) -> Double
    private let aside: (() -> Void) -> Void
    private let sides: Sides
    /// Where the result is written, and how much each side wrote (each by its own thread).
    private var base: UnsafeMutablePointer<ImportedValue>?
    private var lower = 0, upper = 0

    init(parts: [ValueCollector], orders: [Order], round: @escaping (Double) -> Double,
         aside: @escaping (() -> Void) -> Void) {
        self.parts = parts
        self.orders = orders
        self.round = round
        self.aside = aside
        sides = Sides(orders)
    }

    /// Below this many figures one thread merges both sides.
    static let parallelFrom = 10_000

    func run() -> [ImportedValue] {
        [ImportedValue](unsafeUninitializedCapacity: sides.capacity) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            self.base = base
            if sides.capacity < Self.parallelFrom {
                for side in 0..<2 { mergeSide(side) }
            } else {
                DispatchQueue.concurrentPerform(iterations: 2) { side in self.aside { self.mergeSide(side) } }
            }
            (base + lower).moveInitialize(from: base + sides.start(1), count: upper)
            initialized = lower + upper
        }
    }

    private func mergeSide(_ side: Int) {
        let count = merge(sides.ranges(side), into: base! + sides.start(side))
        if side == 0 { lower = count } else { upper = count }
    }

    /// The sorted parts cut in two at one key, each side's figures merged on their own: a key
    /// falls on the same side in every part, so the sides never share one.
    struct Sides {
        /// Per part, where the upper side starts.
        let cuts: [Int]
        let counts: [Int]
        /// Room for every figure of the lower side (fewer when parts share keys), then the upper's.
        var capacity: Int { counts.reduce(0, +) }

        init(_ orders: [Order]) {
            counts = orders.map(\.count)
            let largest = orders.max { $0.count < $1.count } ?? []
            guard !largest.isEmpty else {
                cuts = counts
                return
            }
            let pivot = largest[largest.count / 2].key
            cuts = orders.map { order in Self.firstIndex(in: order, notBelow: pivot) }
        }

        func ranges(_ side: Int) -> [Range<Int>] {
            zip(cuts, counts).map { cut, count in side == 0 ? 0..<cut : cut..<count }
        }

        func start(_ side: Int) -> Int { side == 0 ? 0 : cuts.reduce(0, +) }

        private static func firstIndex(in order: Order, notBelow key: UInt64) -> Int {
            var low = 0, high = order.count
            while low < high {
                let middle = (low + high) / 2
                if order[middle].key < key { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    /// Merges the parts' figures in `ranges` of their sorted slots into `out`; returns how many it wrote.
    private func merge(_ ranges: [Range<Int>], into out: UnsafeMutablePointer<ImportedValue>) -> Int {
        var cursors = ranges.map(\.lowerBound), written = 0
        let ends = ranges.map(\.upperBound)
        while let next = smallestKey(cursors, ends) {
            var sum = 0.0, first: (part: Int, slot: Int)?, extra: (source: String?, note: String?)?
            for p in parts.indices where cursors[p] < ends[p] && orders[p][cursors[p]].key == next {
                let slot = orders[p][cursors[p]].slot
                cursors[p] += 1
                if first == nil {
                    first = (p, slot)
                    sum = parts[p].sums[slot]
                } else if parts[p].mode == .sum {
                    sum += parts[p].sums[slot]
                }
                if !parts[p].extras.isEmpty, let e = parts[p].extras[slot], first!.part == p || parts[p].mode == .sum { extra = e }
            }
            let (p, slot) = first!
            let key = parts[p].keys[slot]
            (out + written).initialize(to: ImportedValue(indicator: parts[p].indicators[Int(key.indicator)],
                                                         geo: parts[p].geos[Int(key.geo)], period: key.period,
                                                         partial: key.partial, value: round(sum),
                                                         source: extra?.source, note: extra?.note))
            written += 1
        }
        return written
    }

    /// The smallest key not yet taken of any part; nil when every part is done.
    private func smallestKey(_ cursors: [Int], _ ends: [Int]) -> UInt64? {
        var smallest: UInt64?
        for (p, order) in orders.enumerated() where cursors[p] < ends[p] {
            let key = order[cursors[p]].key
            if smallest == nil || key < smallest! { smallest = key }
        }
        return smallest
    }
}
