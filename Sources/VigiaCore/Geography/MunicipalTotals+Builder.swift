extension MunicipalTotals {
    /// Adds municipal figures one at a time (the store feeds one builder per vintage, 300,000
    /// figures at municipal scale).
    ///
    /// Figures come municipality by municipality, each in period order, so the builder keeps one
    /// indicator's sums in a table of columns (periods, in the order first seen) and rows (the
    /// nation and each state): the next figure's column is almost always the one after the last,
    /// and its row changes only with the municipality. A figure then costs a few array writes
    /// instead of five dictionary look-ups. Each sum still adds its parts in the order they came,
    /// so the totals are the same to the last bit.
    public struct Builder {
        private var tables: [Table] = []
        private var tableOfIndicator: [String: Int] = [:]
        /// The last figure's indicator and municipality, and where they led.
        private var last: (indicator: String, geo: String, table: Int, row: Int)?
        private var lastColumn = -1

        public init() {}

        /// `o` must be a municipality's figure.
        public mutating func add(_ o: Observation) {
            add(indicator: o.indicator, geo: o.geo, period: o.period, value: o.value, confidence: o.confidence,
                source: o.source, published: o.published)
        }

        /// The same from a figure's parts (without building an `Observation`); `geo` must be a municipality.
        public mutating func add(indicator: String, geo: String, period: Period, value: Double, confidence: Confidence,
                                 source: String, published: CalendarDate?) {
            let (t, row) = place(indicator: indicator, geo: geo)
            let column = tables[t].column(of: period, after: lastColumn)
            lastColumn = column
            tables[t].add(value, row: row, column: column, confidence: confidence, source: source, published: published)
        }

        public var totals: MunicipalTotals {
            MunicipalTotals(indicators: Dictionary(uniqueKeysWithValues: tableOfIndicator.map { ($0, tables[$1].totals) }))
        }

        /// The table and row of a municipality's figure: the last ones while the figures are the same
        /// municipality's.
        private mutating func place(indicator: String, geo: String) -> (table: Int, row: Int) {
            if let last, last.geo == geo, last.indicator == indicator { return (last.table, last.row) }
            let t: Int
            if let known = tableOfIndicator[indicator] {
                t = known
            } else {
                t = tables.count
                tables.append(Table(country: GeoCode(geo).country))
                tableOfIndicator[indicator] = t
            }
            let row = tables[t].row(ofMunicipality: geo)
            last = (indicator, geo, t, row)
            return (t, row)
        }
    }
}

extension MunicipalTotals.Builder {
    /// One indicator's sums: row 0 is the nation, the others its states; a column is a period.
    fileprivate struct Table {
        let country: String
        var municipalities: Set<String> = []
        var periods: [Period] = []
        var columnOfPeriod: [Period: Int] = [:]
        var states: [String] = []
        var rowOfState: [String: Int] = [:]
        /// Row by row; a sum with no parts (count 0) is a period the row has no figure for.
        var sums: [[MunicipalTotals.Sum]] = [[]]

        init(country: String) { self.country = country }

        /// Counts the municipality (once) and gives its state's row.
        mutating func row(ofMunicipality geo: String) -> Int {
            municipalities.insert(geo)
            let state = GeoCode(geo).state?.text ?? geo
            if let row = rowOfState[state] { return row }
            states.append(state)
            rowOfState[state] = states.count
            sums.append(Array(repeating: Self.empty, count: periods.count))
            return states.count
        }

        /// The period's column: the one after `previous` when it is that period, else looked up
        /// (a new period gets a new column in every row).
        mutating func column(of period: Period, after previous: Int) -> Int {
            let next = previous + 1
            if next < periods.count, periods[next] == period { return next }
            if let known = columnOfPeriod[period] { return known }
            columnOfPeriod[period] = periods.count
            periods.append(period)
            for row in sums.indices { sums[row].append(Self.empty) }
            return periods.count - 1
        }

        /// Adds the part to the nation's sum and its state's.
        mutating func add(_ value: Double, row: Int, column: Int, confidence: Confidence, source: String,
                          published: CalendarDate?) {
            sums[0][column].add(value, confidence: confidence, source: source, published: published)
            sums[row][column].add(value, confidence: confidence, source: source, published: published)
        }

        static let empty = MunicipalTotals.Sum(value: 0, count: 0, confidence: .high, source: "", published: nil)

        var totals: MunicipalTotals.Totals {
            var totals = MunicipalTotals.Totals(country: country, municipalities: municipalities.count)
            totals.national = byPeriod(sums[0])
            for (i, state) in states.enumerated() { totals.states[state] = byPeriod(sums[i + 1]) }
            return totals
        }

        private func byPeriod(_ row: [MunicipalTotals.Sum]) -> [Period: MunicipalTotals.Sum] {
            var result: [Period: MunicipalTotals.Sum] = [:]
            for (column, sum) in row.enumerated() where sum.count > 0 { result[periods[column]] = sum }
            return result
        }
    }
}
