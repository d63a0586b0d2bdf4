/// Which screen is showing.
public enum ScreenKind: Hashable, Sendable {
    case overview
    case detail
    case flags
    case help
}

/// Everything the screens need to know about the user's place: what is shown, selected,
/// scrolled, filtered and sorted. Selection is by indicator id, so it survives a reload,
/// a resize and a language switch.
public struct ViewState: Hashable, Sendable {
    public var screen: ScreenKind = .overview
    /// The screen to return to from Help.
    public var previous: ScreenKind = .overview
    public var selectedID: String?
    /// First Overview row in view.
    public var overviewOffset = 0
    /// First line in view on Detail, Flags and Help.
    public var scroll = 0
    public var filter = ""
    public var editingFilter = false
    public var sort: SortOrder = .goal
    /// A message across the bottom, e.g. the first error of a config edit that did not load.
    public var banner: String?

    public init(screen: ScreenKind = .overview, selectedID: String? = nil) {
        self.screen = screen
        self.selectedID = selectedID
    }
}
