import VigiaCore

/// Checks across the rows of long CSV files, in reading order: one file for `vigia import`, every
/// data file of the configuration together for `vigia validate` and the dashboard.
enum FigureChecks {
    /// Where a row is: which file (by its place in the reading order), which line.
    private struct RowPlace {
        let file: Int
        let line: Int
    }

    /// Keeps the first of two rows for the same indicator, period and place, and reports the second
    /// ("first on line N" in the same file, "first at FILE:N" in another).
    static func unique(_ files: inout [LongCSVFile]) -> [DataDiagnostic] {
        var seen: [FigureKey: RowPlace] = [:]
        seen.reserveCapacity(files.reduce(0) { $0 + $1.keys.count })
        var problems: [DataDiagnostic] = []
        for f in files.indices {
            var duplicates: Set<Int> = []
            let file = files[f]
            for (i, key) in file.keys.enumerated() {
                guard let first = seen[key] else {
                    seen[key] = RowPlace(file: f, line: file.lines[i])
                    continue
                }
                let o = file.observations[i]
                duplicates.insert(i)
                problems.append(DataDiagnostic(
                    .duplicateRow(key: "(\(o.indicator), \(o.period), \(o.geo))",
                                  firstFile: first.file == f ? nil : files[first.file].file, firstLine: first.line),
                    at: SourceLocation(file: file.file, line: file.lines[i], column: 1)))
            }
            if !duplicates.isEmpty { files[f].removeRows(duplicates) }
        }
        return problems
    }

    /// An indicator's national series must come from one country code: reported at the latest of
    /// the first rows of each code.
    static func singleNationalGeo(_ files: [LongCSVFile]) -> [DataDiagnostic] {
        var firsts: [String: [String: SourceLocation]] = [:]
        for file in files {
            for (i, o) in file.observations.enumerated() where GeoCode(o.geo).isNational && firsts[o.indicator]?[o.geo] == nil {
                firsts[o.indicator, default: [:]][o.geo] = SourceLocation(file: file.file, line: file.lines[i], column: 1)
            }
        }
        return firsts.sorted { $0.key < $1.key }.filter { $0.value.count > 1 }.map { indicator, byGeo in
            DataDiagnostic(.mixedNationalGeo(indicator: indicator, geos: byGeo.keys.sorted()), at: byGeo.values.max()!)
        }
    }

    /// A population series gives every place every year from its first to its last estimate: a
    /// missing year is reported here, never filled in (a rate on a guessed population is not a rate).
    static func populationGaps(_ files: [LongCSVFile], populations: Set<String>) -> [DataDiagnostic] {
        guard !populations.isEmpty else { return [] }
        var years: [String: [String: [Int: SourceLocation]]] = [:]
        for file in files {
            for (i, o) in file.observations.enumerated() where populations.contains(o.indicator) {
                years[o.indicator, default: [:]][o.geo, default: [:]][o.period.year] =
                    SourceLocation(file: file.file, line: file.lines[i], column: 1)
            }
        }
        var problems: [DataDiagnostic] = []
        for (id, byGeo) in years.sorted(by: { $0.key < $1.key }) {
            for (geo, byYear) in byGeo.sorted(by: { $0.key < $1.key }) {
                let sorted = byYear.keys.sorted()
                for (a, b) in zip(sorted, sorted.dropFirst()) where b > a + 1 {
                    problems.append(DataDiagnostic(.populationGap(id: id, geo: geo, year: a + 1, before: a, after: b),
                                                   at: byYear[b]!))
                }
            }
        }
        return problems
    }
}
