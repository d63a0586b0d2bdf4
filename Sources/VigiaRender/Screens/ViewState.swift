import VigiaCore

/// Which screen is showing.
public enum ScreenKind: Hashable, Sendable {
    case overview
    case detail
    case flags
    case help
    /// The places below the nation or a state for the selected indicator.
    case places
}

/// A note for the footer, drawn in the language of the frame.
public enum Notice: Hashable, Sendable {
    /// A reload asked for (`r`, F5) worked, at this local time.
    case reloaded(String)
    /// A reload is running; the screen shows the last dashboard meanwhile.
    case reloading
    /// The key does nothing here.
    case unknownKey
    /// Someone recorded a batch in the shared store; the dashboard was reloaded with it.
    case newData(file: String, by: String, at: String)
}

/// A screen to return to: Esc goes back along these.
public struct ViewStop: Hashable, Sendable {
    public let screen: ScreenKind
    public let place: String?
    public let placesParent: String?
    public let placesLevel: GeoLevel?
    public let selectedPlace: String?
    public let scroll: Int
    public let selectedFlag: String?
    public let flagsFilter: FlagsInbox.Filter
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
    /// `S`: the sorted column runs the other way.
    public var sortReversed = false
    /// A message across the bottom, e.g. the first error of a config edit that did not load, in
    /// both languages until drawn (it follows `L`).
    public var banner: LocalizedText?
    /// A short note beside the key hints until the next key: "reloaded 12:03:05".
    public var notice: Notice?
    /// The place the Detail shows (a state's code); nil for the nation.
    public var place: String?
    /// The country or state whose places the Places screen lists.
    public var placesParent: String?
    /// `.municipality` to list every municipality of the country; nil for one level down.
    public var placesLevel: GeoLevel?
    public var placeSort: PlaceSort = .rate
    public var placeSortReversed = false
    public var placeFilter = ""
    public var selectedPlace: String?
    /// First Places row in view.
    public var placesOffset = 0
    /// What the Flags screen shows, and its selection (`FlagsInbox.Row.id`).
    public var flagsFilter = FlagsInbox.Filter()
    public var selectedFlag: String?
    /// First Flags row in view.
    public var flagsOffset = 0
    /// The Detail opens scrolled to its flags (from the Flags screen).
    public var detailAtFlags = false
    /// Where Esc returns to, the latest last.
    public var trail: [ViewStop] = []

    /// The current screen, to come back to.
    public var stop: ViewStop {
        ViewStop(screen: screen, place: place, placesParent: placesParent, placesLevel: placesLevel,
                 selectedPlace: selectedPlace, scroll: scroll, selectedFlag: selectedFlag, flagsFilter: flagsFilter)
    }

    /// Back to `stop` as it was left.
    public mutating func restore(_ stop: ViewStop) {
        screen = stop.screen
        place = stop.place
        placesParent = stop.placesParent
        placesLevel = stop.placesLevel
        selectedPlace = stop.selectedPlace
        scroll = stop.scroll
        selectedFlag = stop.selectedFlag
        flagsFilter = stop.flagsFilter
    }

    public init(screen: ScreenKind = .overview, selectedID: String? = nil) {
        self.screen = screen
        self.selectedID = selectedID
    }
}
