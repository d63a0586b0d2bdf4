import VigiaCore

/// Monthly sums per indicator, place and year, in flat arrays: the hot loop of the municipal import
/// touches one slot per row instead of twelve dictionary entries.
struct MonthlyTally {
    private struct Key: Hashable {
        let indicator: Int32, geo: Int32, year: Int32
    }

    private var slots: [Key: Int] = [:]
    private var keys: [Key] = []
    private var sums: [Double] = []
    private var present: [UInt16] = []

    mutating func add(indicator: Int32, geo: Int32, year: Int, cells: [Double?]) {
        let key = Key(indicator: indicator, geo: geo, year: Int32(year))
        let slot: Int
        if let s = slots[key] {
            slot = s
        } else {
            slot = keys.count
            slots[key] = slot
            keys.append(key)
            sums += [Double](repeating: 0, count: 12)
            present.append(0)
        }
        for m in 0..<12 {
            guard let v = cells[m] else { continue }
            sums[slot * 12 + m] += v
            present[slot] |= 1 << m
        }
    }

    /// Every month that had at least one value; a month with none stays missing.
    func emit(into values: inout ValueCollector, note: (Int) -> String?) {
        for (slot, key) in keys.enumerated() {
            for m in 0..<12 where present[slot] & (1 << m) != 0 {
                let period = Period.month(Int(key.year), m + 1)
                values.addDistinct(.init(indicator: key.indicator, geo: key.geo, period: period, partial: false),
                                   sums[slot * 12 + m], note: note(Int(key.year)))
            }
        }
    }
}
