/// How fine a geography code is. Figures of different levels are never added together.
///
/// Codes: `MX`, `US` (national); `MX-09` (a Mexican state, INEGI code) and `US-TX` (a US state or
/// VSRR jurisdiction, USPS code); `MX-09015` (a municipality); anything else after the dash, such as
/// `US-SWB` (a CBP region), is a region: a partition that is not a state.
public enum GeoLevel: String, Sendable, CaseIterable, Comparable {
    case national, region, state, municipality

    public init(code: String) {
        guard let dash = code.firstIndex(of: "-") else { self = .national; return }
        let rest = code[code.index(after: dash)...]
        let digits = rest.allSatisfy { $0.isASCII && $0.isNumber }
        let letters = rest.allSatisfy { $0.isASCII && $0.isLetter }
        switch (digits, letters, rest.count) {
        case (true, _, 2), (_, true, 2): self = .state
        case (true, _, 5): self = .municipality
        default: self = .region
        }
    }

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

/// Small facts about geography codes that the levels rest on.
public enum GeoCodes {
    /// `MX` for `MX-09015`; the code itself for a national code.
    public static func country(of code: String) -> String {
        String(code.prefix { $0 != "-" })
    }

    /// The state a municipality lies in: `MX-09015` → `MX-09`. Nil for other levels.
    public static func state(ofMunicipality code: String) -> String? {
        guard GeoLevel(code: code) == .municipality else { return nil }
        return String(code.prefix(5))
    }
}

/// Levels of the codes seen so far: at municipal scale the same few thousand codes come back
/// hundreds of thousands of times.
public struct GeoLevels {
    private var known: [String: GeoLevel] = [:]

    public init() {}

    public subscript(code: String) -> GeoLevel {
        mutating get {
            if let level = known[code] { return level }
            let level = GeoLevel(code: code)
            known[code] = level
            return level
        }
    }
}
