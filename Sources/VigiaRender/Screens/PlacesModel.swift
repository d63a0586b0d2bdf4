import Foundation
import VigiaCore

/// A Places table's rows as sorted and filtered on screen: places with a value in the sorted
/// column first (highest first, lowest when reversed), then the rest by name.
public struct PlacesModel {
    public let table: PlaceTable
    public let rows: [PlaceTable.Row]
    /// The column sorted by: the rate asked for falls back to the count where no place has a population.
    public let sort: PlaceSort
    /// Row position by place code, for the selection.
    private let positions: [String: Int]

    public init(_ table: PlaceTable, sort: PlaceSort, reversed: Bool, filter: String) {
        self.table = table
        let sort = sort == .rate && !table.rows.contains { $0.rate != nil } ? .count : sort
        self.sort = sort
        // Names are folded once, not in every comparison: 2,500 municipalities take 30,000 of them.
        let names = table.rows.map { Self.fold($0.name) }
        let needle = Self.fold(filter)
        let shown = table.rows.indices.filter {
            needle.isEmpty || names[$0].contains(needle) || Self.fold(table.rows[$0].geo).contains(needle)
        }
        let keys = table.rows.map { Self.key($0, sort) }
        let order = shown.sorted { a, b in
            if sort != .name {
                switch (keys[a], keys[b]) {
                case let (x?, y?) where x != y: return reversed ? x < y : x > y
                case (_?, nil): return true
                case (nil, _?): return false
                default: break
                }
            }
            if names[a] != names[b] { return (sort == .name && reversed) ? names[a] > names[b] : names[a] < names[b] }
            return table.rows[a].geo < table.rows[b].geo
        }
        rows = order.map { table.rows[$0] }
        positions = Dictionary(rows.enumerated().map { ($0.element.geo, $0.offset) }, uniquingKeysWith: { a, _ in a })
    }

    public func position(of geo: String?) -> Int? { geo.flatMap { positions[$0] } }

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
