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

    public init() {}

    public subscript(code: String) -> GeoLevel {
        mutating get {
            if let level = known[code] { return level }
            let level = GeoCode(code).level
            known[code] = level
            return level
        }
    }
}
