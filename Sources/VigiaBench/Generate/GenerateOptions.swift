import VigiaCore
import VigiaSynthetic

/// The command line of `vigia-bench generate`, checked before anything is written:
///
///     vigia-bench generate --out FILE [--expected FILE.json] [--scale S] [--seed N] [--first-year Y]
///                          [--last-year Y] [--last-month M] [--encoding cp1252|utf-8-sig] [--config DIR]
///
/// Parsed by hand, like `BenchOptions`, rather than with ArgumentParser: vigia-bench stays a plain
/// benchmark binary, and these are a handful of flat options.
struct GenerateOptions {
    static let usage = """
        usage: vigia-bench generate --out FILE [--expected FILE.json] [--scale S] [--seed N]
                                    [--first-year YEAR] [--last-year YEAR] [--last-month M]
                                    [--encoding cp1252|utf-8-sig] [--config DIR]

        Writes a synthetic SESNSP municipal crime-incidence file (IDM layout) and, with --expected,
        its ground truth as JSON: row and -1 cell counts, homicidio doloso per month and per state,
        and every indicator with a sesnsp-municipal import block in the configuration, national and
        per state, per month.

          --out FILE          the CSV file to write
          --expected FILE     the ground truth to write (JSON)
          --scale S           fraction of each state's municipalities (1.0: about 2,500, 3.1 M rows)
          --seed N            random seed, a whole number (7); the same seed gives the same bytes
          --first-year YEAR   first year of the file (2015)
          --last-year YEAR    last year of the file (2025)
          --last-month M      months published in the last year, 1 to 12 (8)
          --encoding E        cp1252 (as SESNSP publishes, the default) or utf-8-sig
          --config DIR        configuration whose import rules the ground truth follows (Config)
        """

    /// A mistake on the command line: the message, then the usage, and exit code 2.
    struct UsageError: Error {
        let message: String
    }

    var out = ""
    var expected: String?
    var config = "Config"
    var spec = MunicipalFileSpec()
    var help = false

    init(_ arguments: [String]) throws(UsageError) {
        var rest = arguments[...]
        var sawOut = false
        while let argument = rest.popFirst() {
            if argument == "-h" || argument == "--help" { help = true; return }
            guard argument.hasPrefix("--") else { throw UsageError(message: "unexpected argument '\(argument)'") }
            var name = argument, inline: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inline = String(argument[argument.index(after: equals)...])
            }
            func value() throws(UsageError) -> String {
                if let inline { return inline }
                guard let next = rest.popFirst(), !next.hasPrefix("--") else {
                    throw UsageError(message: "\(name) needs a value")
                }
                return next
            }
            func whole(_ text: String) throws(UsageError) -> Int {
                guard let n = Int(text) else { throw UsageError(message: "\(name) must be a whole number (got '\(text)')") }
                return n
            }
            switch name {
            case "--out": out = try value(); sawOut = true
            case "--expected": expected = try value()
            case "--config": config = try value()
            case "--scale":
                let text = try value()
                guard case .number(let scale) = NumberSyntax.parse(text) else {
                    throw UsageError(message: "--scale must be a number (got '\(text)')")
                }
                spec.scale = scale
            case "--seed":
                let text = try value()
                guard let seed = UInt64(text) else {
                    throw UsageError(message: "--seed must be a whole number from 0 to \(UInt64.max) (got '\(text)')")
                }
                spec.seed = seed
            case "--first-year": spec.firstYear = try whole(value())
            case "--last-year": spec.lastYear = try whole(value())
            case "--last-month": spec.lastMonth = try whole(value())
            case "--encoding":
                let text = try value()
                guard let encoding = MunicipalFileSpec.FileEncoding(rawValue: text.lowercased()) else {
                    throw UsageError(message: "--encoding must be cp1252 or utf-8-sig (got '\(text)')")
                }
                spec.encoding = encoding
            default: throw UsageError(message: "unknown option '\(name)'")
            }
        }
        guard sawOut, !out.isEmpty else { throw UsageError(message: "--out FILE is required") }
        if let expected, expected.isEmpty { throw UsageError(message: "--expected needs a file name") }
        if let problem = spec.problem { throw UsageError(message: problem) }
    }
}
