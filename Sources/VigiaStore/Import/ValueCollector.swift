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
    private var keys: [Key] = []
    private var sums: [Double] = []
    private var extras: [Int: (source: String?, note: String?)] = [:]

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

    /// Adds another collector's figures (the second half of a file): places and indicators are
    /// matched by code, and figures of the same key are summed.
    mutating func absorb(_ other: ValueCollector) {
        if slots.count != keys.count {  // keys added with addDistinct have no slot yet
            slots = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        }
        for (code, name) in other.geoNames where geoNames[code] == nil { geoNames[code] = name }
        for (slot, key) in other.keys.enumerated() {
            let mapped = Key(indicator: indicator(other.indicators[Int(key.indicator)]), geo: geo(other.geos[Int(key.geo)]),
                             period: key.period, partial: key.partial)
            let extra = other.extras[slot]
            add(mapped, other.sums[slot], source: extra?.source, note: extra?.note)
        }
    }

    /// Every figure in a stable order (indicator, geo, period), rounded as `round` says. Sorted on
    /// one integer per figure: comparing strings for each of 300,000 figures would cost more than
    /// reading them.
    func values(rounding round: (Double) -> Double = { $0 }) -> [ImportedValue] {
        let indicatorRank = Self.ranks(indicators), geoRank = Self.ranks(geos)
        let order = keys.indices.map { slot -> (UInt64, Int) in
            let k = keys[slot]
            let period = UInt64(k.period.year) << 8 | UInt64(k.period.frequency.periodsPerYear) << 4 | UInt64(k.period.index)
            let rank = UInt64(indicatorRank[Int(k.indicator)]) << 52 | UInt64(geoRank[Int(k.geo)]) << 25
            return (rank | period << 1 | (k.partial ? 1 : 0), slot)
        }.sorted { $0.0 < $1.0 }
        return order.map { _, slot in
            let key = keys[slot], extra = extras[slot]
            return ImportedValue(indicator: indicators[Int(key.indicator)], geo: geos[Int(key.geo)], period: key.period,
                                 partial: key.partial, value: round(sums[slot]), source: extra?.source, note: extra?.note)
        }
    }

    /// Position of each name in sorted order.
    private static func ranks(_ names: [String]) -> [Int] {
        var rank = [Int](repeating: 0, count: names.count)
        for (position, index) in names.indices.sorted(by: { names[$0] < names[$1] }).enumerated() { rank[index] = position }
        return rank
    }
}
