import Foundation
import VigiaCore

/// A Places table's rows as sorted and filtered on screen: places with a value in the sorted
/// column first (highest first, lowest when reversed), then the rest by name.
public struct PlacesModel {
    public let table: PlaceTable
    public let rows: [PlaceTable.Row]
    /// The column sorted by: the rate asked for falls back to the count where no place has a population.
    public let sort: PlaceSort

    public init(_ table: PlaceTable, sort: PlaceSort, reversed: Bool, filter: String) {
        self.table = table
        let sort = sort == .rate && !table.rows.contains { $0.rate != nil } ? .count : sort
        self.sort = sort
        let needle = Self.fold(filter)
        let shown = needle.isEmpty ? table.rows : table.rows.filter {
            Self.fold($0.name).contains(needle) || Self.fold($0.geo).contains(needle)
        }
        rows = shown.sorted { a, b in Self.less(a, b, sort, reversed) }
    }

    public func position(of geo: String?) -> Int? { geo.flatMap { g in rows.firstIndex { $0.geo == g } } }

    /// Rank by the sorted column (1 = first as sorted), for the `#` column.
    static func less(_ a: PlaceTable.Row, _ b: PlaceTable.Row, _ sort: PlaceSort, _ reversed: Bool) -> Bool {
        if sort == .name {
            let (x, y) = (fold(a.name), fold(b.name))
            return x != y ? (reversed ? x > y : x < y) : a.geo < b.geo
        }
        switch (key(a, sort), key(b, sort)) {
        case let (x?, y?) where x != y: return reversed ? x < y : x > y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return fold(a.name) != fold(b.name) ? fold(a.name) < fold(b.name) : a.geo < b.geo
        }
    }

    static func key(_ row: PlaceTable.Row, _ sort: PlaceSort) -> Double? {
        switch sort {
        case .rate: row.rate
        case .count: row.value
        case .change: row.change
        case .share: row.share
        case .name: nil
        }
    }

    /// Case and accents ignored: "/mexico" finds "México", "/nuevo" finds "Nuevo León".
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
