/// What the sources' geography means beyond the codes, for reconciling a national figure with the
/// sum of its places.
public enum PlaceFacts {
    /// Places a source reports apart from the state they belong to. CDC's VSRR reports New York City
    /// (`YC`) apart from New York State, whose figure then excludes the city; the Census Bureau
    /// estimates one population for the whole state, so the city is added back before any rate.
    public static let partOf: [String: String] = ["US-YC": "US-NY"]

    /// Places with figures that the national total does not include: CDC's United States figures
    /// cover the 50 states and the District of Columbia, not Puerto Rico.
    public static let outsideNationalTotal: Set<String> = ["US-PR"]
}
