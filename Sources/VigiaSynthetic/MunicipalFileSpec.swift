import VigiaStore

/// What to generate: the knobs of `vigia-bench generate`, with the defaults of the full national
/// file the import benchmark reads (2015 to August 2025, every municipality, cp1252).
public struct MunicipalFileSpec: Sendable, Equatable {
    /// Fraction of each state's municipalities to keep (at least one per state).
    public var scale = 1.0
    public var seed: UInt64 = 7
    public var firstYear = 2015
    public var lastYear = 2025
    /// Months published in the last year; the later ones are empty cells, as in a mid-year release.
    public var lastMonth = 8
    public var encoding = FileEncoding.cp1252

    public init() {}

    /// The byte encodings SESNSP files come in.
    public enum FileEncoding: String, Sendable, CaseIterable {
        /// Windows-1252 without a byte-order mark: what SESNSP publishes.
        case cp1252
        /// UTF-8 behind a byte-order mark: the file after a round trip through a spreadsheet.
        case utf8BOM = "utf-8-sig"

        var textEncoding: TextEncoding { self == .cp1252 ? .cp1252 : .utf8 }
        var preamble: [UInt8] { self == .cp1252 ? [] : [0xEF, 0xBB, 0xBF] }
    }

    /// Why the spec cannot be generated, in words for the command line; nil when it can.
    public var problem: String? {
        guard scale.isFinite, scale > 0 else { return "--scale must be a number above 0 (got \(scale))" }
        let largest = MunicipalityCounts.national.indices.map { MunicipalityCounts.count(state: $0, scale: scale) }.max()!
        guard largest <= MunicipalityCounts.maximumPerState else {
            return "--scale \(scale) gives a state \(largest) municipalities; codes allow at most "
                + "\(MunicipalityCounts.maximumPerState) per state (scale below 1.75)"
        }
        let years = 1000...9999
        guard years.contains(firstYear), years.contains(lastYear) else { return "years must have four digits" }
        guard firstYear <= lastYear else { return "--first-year \(firstYear) is after --last-year \(lastYear)" }
        guard (1...12).contains(lastMonth) else { return "--last-month must be 1 to 12 (got \(lastMonth))" }
        return nil
    }

    /// The years of the file, in order.
    var years: ClosedRange<Int> { firstYear...lastYear }

    /// Month cells with a figure in `year` (the rest are empty).
    func publishedMonths(_ year: Int) -> Int { year == lastYear ? lastMonth : 12 }
}
