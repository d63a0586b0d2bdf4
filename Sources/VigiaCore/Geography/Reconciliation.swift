/// Why the parent's figure and the sum of its places differ: places without a figure, places
/// outside the parent's total, places reported apart, and what no place accounts for.
public struct Reconciliation: Hashable, Sendable {
    /// The parent's own figure, when the data holds one.
    public let parentValue: Double?
    /// The sum over the places inside the parent's total that have a figure.
    public let sumOfPlaces: Double
    public let placesSummed: Int
    /// Places without a figure for the window (suppressed or not reported).
    public let missing: [String]
    /// Places with a figure outside the parent's total, and that figure.
    public let outside: [String: Double]
    /// Places reported apart and added to the place they belong to (`US-YC` → `US-NY`).
    public let merged: [String: String]

    init(parentValue: Double?, rows: [PlaceTable.Row]) {
        self.parentValue = parentValue
        let inside = rows.filter { !$0.outsideTotal }
        sumOfPlaces = inside.compactMap(\.value).reduce(0, +)
        placesSummed = inside.count { $0.value != nil }
        missing = rows.filter { $0.value == nil }.map(\.geo)
        outside = Dictionary(uniqueKeysWithValues: rows.filter { $0.outsideTotal }.compactMap { r in r.value.map { (r.geo, $0) } })
        merged = Dictionary(uniqueKeysWithValues: rows.flatMap { r in r.includes.map { ($0, r.geo) } })
    }

    /// Parent minus the sum of its places: figures not allocated to any place (non-residents,
    /// unknown residence), plus those of the places without a figure.
    public var difference: Double? { parentValue.map { $0 - sumOfPlaces } }
}
