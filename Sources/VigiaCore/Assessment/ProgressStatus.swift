/// Where an indicator stands against its target (methods.md §3).
public enum ProgressStatus: String, Sendable, CaseIterable {
    case met
    case onTrack = "on-track"
    case moderate
    case insufficient
    case movingAway = "moving-away"
    case noTarget = "no-target"
    case notAssessable = "not-assessable"

    /// Thresholds on the direction-adjusted ratio R.
    public static let onTrackRatio = 0.95
    public static let moderateRatio = 0.60

    /// The status for a ratio R when the target is not yet met.
    public init(ratio: Double) {
        switch ratio {
        case Self.onTrackRatio...: self = .onTrack
        case Self.moderateRatio..<Self.onTrackRatio: self = .moderate
        case 0..<Self.moderateRatio: self = .insufficient
        default: self = .movingAway
        }
    }
}

/// Without a target, the direction-adjusted growth g is classified instead (methods.md §3).
public enum NoTargetClass: String, Sendable, CaseIterable {
    case significantProgress = "significant-progress"
    case moderateProgress = "moderate-progress"
    case moderateMovementAway = "moderate-movement-away"
    case significantMovementAway = "significant-movement-away"

    /// One percent a year separates "significant" from "moderate".
    public static let threshold = 0.01

    public init(growth g: Double) {
        switch g {
        case Self.threshold...: self = .significantProgress
        case 0..<Self.threshold: self = .moderateProgress
        case (-Self.threshold)..<0: self = .moderateMovementAway
        default: self = .significantMovementAway
        }
    }
}
