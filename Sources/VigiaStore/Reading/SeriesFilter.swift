/// Which series a read of observations covers, as a `WHERE` clause on the observation key.
///
/// Series ids are numbered in the order imports created them, so the municipal series of a file
/// form a few runs of consecutive ids: a handful of `BETWEEN` ranges that both engines answer
/// from the primary key, instead of scanning every figure and dropping most of them.
struct SeriesFilter {
    /// Closed ranges of ids, in order; nil reads every series.
    let ranges: [ClosedRange<Int64>]?

    static let all = SeriesFilter(ranges: nil)

    /// More ranges than this and one scan is cheaper than the ranges (and the statement stays small).
    private static let maxRanges = 200

    /// The series among `ids` (any order) for which `keep` holds, as ranges of consecutive kept ids.
    init(_ ids: some Sequence<Int64>, keeping keep: (Int64) -> Bool) {
        var ranges: [ClosedRange<Int64>] = []
        var run: (start: Int64, end: Int64)? = nil
        for id in ids.sorted() {
            if keep(id) {
                if let r = run, r.end == id - 1 { run = (r.start, id) } else {
                    if let r = run { ranges.append(r.start...r.end) }
                    run = (id, id)
                }
            } else if let r = run {
                ranges.append(r.start...r.end)
                run = nil
            }
        }
        if let r = run { ranges.append(r.start...r.end) }
        self.ranges = ranges
    }

    private init(ranges: [ClosedRange<Int64>]?) { self.ranges = ranges }

    var isEmpty: Bool { ranges?.isEmpty ?? false }

    /// The condition and its arguments; nil when every series is read or the ranges are too many
    /// (then `contains` filters the rows as they come).
    var condition: (sql: String, arguments: [SQLValue])? {
        guard let ranges, ranges.count <= Self.maxRanges else { return nil }
        guard !ranges.isEmpty else { return ("1 = 0", []) }
        return ("(" + ranges.map { _ in "series BETWEEN ? AND ?" }.joined(separator: " OR ") + ")",
                ranges.flatMap { [SQLValue.integer($0.lowerBound), .integer($0.upperBound)] })
    }

    func contains(_ id: Int64) -> Bool {
        guard let ranges else { return true }
        var low = 0, high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].upperBound < id { low = mid + 1 } else { high = mid }
        }
        return low < ranges.count && ranges[low].contains(id)
    }
}
