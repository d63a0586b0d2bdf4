/// How fine a place is (`GeoCode.level`). Figures of different levels are never added together.
public enum GeoLevel: String, Sendable, CaseIterable, Comparable {
    case national, region, state, municipality

    /// Coarse to fine, so a sort puts national first.
    private var rank: Int {
        switch self {
        case .national: 0
        case .region: 1
        case .state: 2
        case .municipality: 3
        }
    }

    public static func < (a: GeoLevel, b: GeoLevel) -> Bool { a.rank < b.rank }
}

/// Levels of the codes seen so far: at municipal scale the same few thousand codes come back
/// hundreds of thousands of times.
public struct GeoLevels {
    private var known: [String: GeoLevel] = [:]
    /// The last answer: figures come sorted by place, so one code comes many times in a row.
    private var last: (code: String, level: GeoLevel)?

    public init() {}

    public subscript(code: String) -> GeoLevel {
        mutating get {
            if let last, last.code == code { return last.level }
            let level: GeoLevel
            if let seen = known[code] {
                level = seen
            } else {
                level = GeoCode(code).level
                known[code] = level
            }
            last = (code, level)
            return level
        }
    }
}
