/// Can the process, as it runs, meet the target? (methods.md §4, NHS "assurance").
///
/// The process limits are where almost every future point will fall while nothing changes.
/// A target inside them will be met some periods and missed in others; a target outside
/// them is either always met or never met until the process itself changes.
public enum Assurance: String, Sendable, CaseIterable {
    case hitOrMiss = "hit-or-miss"
    case consistentlyPasses = "consistently-passes"
    case consistentlyFails = "consistently-fails"

    /// `target` must be on the chart's scale (a value per period of the charted series).
    public init(target: Double, chart: ControlChart, direction: Direction) {
        if target > chart.upper {
            self = direction == .increase ? .consistentlyFails : .consistentlyPasses
        } else if target < chart.lower {
            self = direction == .increase ? .consistentlyPasses : .consistentlyFails
        } else {
            self = .hitOrMiss
        }
    }
}
