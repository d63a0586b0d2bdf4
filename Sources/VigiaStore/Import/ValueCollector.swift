import Dispatch
import VigiaCore

/// One figure read from a file, ready for the store: which series, which period, and whether the
/// source marked the period as incomplete (CBP's "FYTD").
struct ImportedValue: Sendable {
    let indicator: String
    let geo: String
    let period: Period
    let partial: Bool
    let value: Double
    /// Row-specific provenance (generic CSV); nil takes the batch's.
    let source: String?
    let note: String?
    /// The day the figure became public (the long CSV's `published`); nil dates it by the batch's vintage.
    var published: CalendarDate? = nil
    /// The figure's grade (the long CSV's `confidence`); an official release is `high`.
    var confidence: Confidence = .high
}

/// Collects the figures of one file. Importers whose source splits a figure over several rows
/// (SESNSP modalidades, CBP events by port) add them up here; the others insist on one row per figure.
struct ValueCollector {
    enum Mode { case sum, unique }

    struct Key: Hashable {
        let indicator: Int32
        let geo: Int32
        let period: Period
        let partial: Bool
    }

    let mode: Mode
    private(set) var indicators: [String] = []
    private var indicatorIDs: [String: Int32] = [:]
    private(set) var geos: [String] = []
    private var geoIDs: [String: Int32] = [:]
    /// Names of places as the source wrote them (`Entidad`, `Municipio`, `State Name`, CBP region).
    private(set) var geoNames: [String: String] = [:]
    private var slots: [Key: Int] = [:]
    private(set) var keys: [Key] = []
    private(set) var sums: [Double] = []
    private(set) var extras: [Int: (source: String?, note: String?)] = [:]

    init(mode: Mode) { self.mode = mode }

    mutating func indicator(_ id: String) -> Int32 {
        if let i = indicatorIDs[id] { return i }
        let i = Int32(indicators.count)
        indicators.append(id)
        indicatorIDs[id] = i
        return i
    }

    mutating func geo(_ code: String, name: String? = nil) -> Int32 {
        if let name, !name.isEmpty, geoNames[code] == nil { geoNames[code] = name }
        if let i = geoIDs[code] { return i }
        let i = Int32(geos.count)
        geos.append(code)
        geoIDs[code] = i
        return i
    }

    /// Adds a figure; false (nothing added) when `unique` and the key was already given.
    @discardableResult
    mutating func add(_ key: Key, _ value: Double, source: String? = nil, note: String? = nil) -> Bool {
        let slot: Int
        if let existing = slots[key] {
            guard mode == .sum else { return false }
            slot = existing
            sums[slot] += value
        } else {
            slot = keys.count
            slots[key] = slot
            keys.append(key)
            sums.append(value)
        }
        if source != nil || note != nil { extras[slot] = (source, note) }
        return true
    }

    /// Adds a figure whose key the caller knows is new (a tally that made its keys distinct):
    /// skips the hash lookup. Never mix with `add` for the same key.
    mutating func addDistinct(_ key: Key, _ value: Double, note: String?) {
        keys.append(key)
        sums.append(value)
        if let note { extras[keys.count - 1] = (nil, note) }
    }

    var count: Int { keys.count }

    /// Every figure in a stable order (indicator, geo, period), rounded as `round` says.
    func values(rounding round: (Double) -> Double = { $0 }) -> [ImportedValue] {
        Self.merged([self], rounding: round).values
    }

    /// The figures of several collectors (the parts of one file, in file order) in one stable
    /// order (indicator, geo, period), with the names of their places. A key given in more than
    /// one part is summed in part order (`sum`) or kept as the first part gave it (`unique`); a
    /// later part's source or note replaces an earlier one's. Each part is sorted on its own core
    /// on one integer per figure (comparing strings, or hashing every key of one part into the
    /// other, would cost more than reading them), then the sorted parts are merged, the keys below
    /// a pivot on one core and the rest on another. `aside` runs each core's share (the import
    /// lets its hash make way for them).
    static func merged(_ parts: [ValueCollector], rounding round: (Double) -> Double = { $0 },
                       aside: (() -> Void) -> Void = { $0() }) -> (values: [ImportedValue], geoNames: [String: String]) {
        let indicatorRank = ranks(parts.map(\.indicators)), geoRank = ranks(parts.map(\.geos))
        let boxes = parts.map { _ in SortedSlots() }
        DispatchQueue.concurrentPerform(iterations: parts.count) { i in
            boxes[i].order = parts[i].order(indicatorRank: indicatorRank[i], geoRank: geoRank[i])
        }
        let orders = boxes.map(\.order)
        let values = withoutActuallyEscaping(round) { round in
            withoutActuallyEscaping(aside) { aside in
                SortedMerge(parts: parts, orders: orders, round: round, aside: aside).run()
            }
        }
        var names: [String: String] = [:]
        for part in parts { names.merge(part.geoNames) { earlier, _ in earlier } }
        return (values, names)
    }

    /// This part's slots sorted on one integer per key: the ranks of its indicator and place
    /// among every part's, its period, and whether it is partial.
    private func order(indicatorRank: [Int], geoRank: [Int]) -> [(key: UInt64, slot: Int)] {
        keys.indices.map { slot -> (key: UInt64, slot: Int) in
            let k = keys[slot]
            let period = UInt64(k.period.year) << 8 | UInt64(k.period.frequency.periodsPerYear) << 4 | UInt64(k.period.index)
            let rank = UInt64(indicatorRank[Int(k.indicator)]) << 52 | UInt64(geoRank[Int(k.geo)]) << 25
            return (rank | period << 1 | (k.partial ? 1 : 0), slot)
        }.sorted { $0.key < $1.key }
    }

    /// One part's sorted slots, written by the thread that sorts them.
    private final class SortedSlots: @unchecked Sendable {
        var order: [(key: UInt64, slot: Int)] = []
    }

    /// For each part, the position of each of its names among the names of every part, sorted.
    private static func ranks(_ names: [[String]]) -> [[Int]] {
        let sorted = Set(names.joined()).sorted()
        let position = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
        return names.map { $0.map { position[$0]! } }
    }
}
