import VigiaCore

/// What makes a figure one, as numbers: no two rows may share it. A million rows are keyed and
/// compared without hashing a million pairs of strings.
struct FigureKey: Hashable {
    let indicator: Int32
    let place: Int32
    /// The period's ordinal and frequency in one number.
    let period: Int32

    init(indicator: Int32, place: Int32, period: Period) {
        self.indicator = indicator
        self.place = place
        let frequency = switch period.frequency {
        case .annual: 0
        case .quarterly: 1
        case .monthly: 2
        }
        self.period = Int32(truncatingIfNeeded: period.ordinal << 2 | frequency)
    }
}

/// The numbers of the indicators and places of the rows read, and one copy of each place's code:
/// shared by every file of one read, so a figure given in two files has one key.
final class FigureKeys {
    private var indicators: [String: Int32] = [:]
    private var places: [String: (number: Int32, code: String)] = [:]

    func indicator(_ id: String) -> Int32 {
        if let n = indicators[id] { return n }
        let n = Int32(indicators.count)
        indicators[id] = n
        return n
    }

    /// The place's number, and the one copy of its code every row shares.
    func place(_ code: String) -> (number: Int32, code: String) {
        if let known = places[code] { return known }
        let entry = (Int32(places.count), code)
        places[code] = entry
        return entry
    }
}
