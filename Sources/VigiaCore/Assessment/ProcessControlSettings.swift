/// Settings of the process-control analysis, from `Config/rules.yaml`.
public struct ProcessControlSettings: Hashable, Sendable {
    public var specialCauses: SpecialCauseSettings = .standard
    public var cusum: Cusum = .standard
    /// At most this many changes of trend in the break search of annual series.
    public var maxBreaks = 2

    public static let standard = ProcessControlSettings()

    public init(specialCauses: SpecialCauseSettings = .standard, cusum: Cusum = .standard, maxBreaks: Int = 2) {
        self.specialCauses = specialCauses
        self.cusum = cusum
        self.maxBreaks = maxBreaks
    }
}
