import VigiaCore
import VigiaStore

/// Everything the blocks of the file share, worked out once before any row is written: the texts
/// as the file's bytes (encoded, quoted where needed), each crime's base rate and the indicators it
/// feeds, and each state's municipalities with their sizes. Read-only, so every worker thread uses
/// the same plan.
struct FilePlan: Sendable {
    /// One state: its fixed texts and its places (numbered municipalities, then "No Especificado").
    struct State: Sendable {
        /// `Clave_Ent`, 1…32.
        let code: Int
        /// `Entidad` as a CSV field of the file.
        let name: [UInt8]
        /// `Municipio` as a CSV field, per place.
        let placeNames: [[UInt8]]
        /// `Cve. Municipio` per place: state code and three digits (998 for "No Especificado").
        let placeCodes: [Int]
        /// Relative size of each place (see `IncidenceModel`).
        let weights: [Double]
    }

    /// One (state, year) block of rows: the unit of work and of randomness.
    struct Block: Sendable {
        let state: Int  // index into `states`
        let year: Int
    }

    let spec: MunicipalFileSpec
    /// BOM (if any) and the header line.
    let header: [UInt8]
    /// The four crime columns of each category, with the comma after them, back to back.
    let crimeFields: [UInt8]
    let crimeFieldRanges: [Range<Int>]
    /// The distinct base rates (a handful), and each crime's index among them: cells of one place
    /// share their Poisson means by rate and month (see `PoissonTables`).
    let rates: [Double]
    let rateOfCrime: [Int]
    /// Crimes whose subtipo is "Homicidio doloso": the legacy members of the ground truth.
    let isHomicide: [Bool]
    /// Crimes whose cells the ground truth counts (homicidio doloso, or feeding a rule); the rows
    /// of the others are only written.
    let isTallied: [Bool]
    /// The `sesnsp-municipal` rules (indices into `ruleIndicators`) each crime's rows feed,
    /// decided by the importer's own matcher on the very bytes written.
    let rulesOfCrime: [[Int]]
    let ruleIndicators: [String]
    let seasons: [Double]
    let states: [State]
    let blocks: [Block]

    static let headerColumns = ["Año", "Clave_Ent", "Entidad", "Cve. Municipio", "Municipio", "Bien jurídico afectado",
                                "Tipo de delito", "Subtipo de delito", "Modalidad", "Enero", "Febrero", "Marzo", "Abril",
                                "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Octubre", "Noviembre", "Diciembre"]

    init(_ spec: MunicipalFileSpec, rules: ImportRules) {
        self.spec = spec
        let encoding = spec.encoding.textEncoding
        func field(_ text: String) -> [UInt8] { Self.field(Self.encode(text, encoding)) }

        header = spec.encoding.preamble + Self.encode(Self.headerColumns.joined(separator: ","), encoding) + [13, 10]

        let matcher = SESNSPRuleMatcher(rules.rules(for: .sesnspMunicipal))
        ruleIndicators = matcher.indicators
        var bytes: [UInt8] = [], ranges: [Range<Int>] = []
        for crime in SESNSPTaxonomy.crimes {
            let start = bytes.count
            for text in crime.fields { bytes += field(text) + [44] }
            ranges.append(start..<bytes.count)
        }
        (crimeFields, crimeFieldRanges) = (bytes, ranges)
        rulesOfCrime = SESNSPTaxonomy.crimes.map {
            matcher.rules(subtipo: Self.encode($0.subtipo, encoding), modalidad: Self.encode($0.modalidad, encoding))
        }
        let baseRates = SESNSPTaxonomy.crimes.map(IncidenceModel.baseRate)
        rates = baseRates.reduce(into: []) { distinct, rate in if !distinct.contains(rate) { distinct.append(rate) } }
        rateOfCrime = baseRates.map { [rates] rate in rates.firstIndex(of: rate)! }
        isHomicide = SESNSPTaxonomy.crimes.map { $0.subtipo == "Homicidio doloso" }
        isTallied = zip(isHomicide, rulesOfCrime).map { $0 || !$1.isEmpty }
        seasons = (0..<12).map(IncidenceModel.season)

        states = SESNSPTaxonomy.stateNames.enumerated().map { index, name in
            let code = index + 1, count = MunicipalityCounts.count(state: index, scale: spec.scale)
            var random = RandomSource(seed: spec.seed, stream: [Stream.weights.rawValue, UInt64(code)])
            let spread = IncidenceModel.sizeSpread
            let weights = (0..<count).map { _ in random.lognormal(mu: spread.mu, sigma: spread.sigma) }
                + [IncidenceModel.unspecifiedWeight]
            let numbers = Array(1...count) + [MunicipalityCounts.unspecifiedCode]
            let names = numbers.map { number in
                number == MunicipalityCounts.unspecifiedCode ? "No Especificado" : "Municipio \(String(number).leftPadded(to: 3)) de \(name)"
            }
            return State(code: code, name: field(name), placeNames: names.map(field),
                         placeCodes: numbers.map { code * 1000 + $0 }, weights: weights)
        }
        blocks = states.indices.flatMap { s in spec.years.map { Block(state: s, year: $0) } }
    }

    /// The purposes random streams are drawn for (the first coordinate of every stream).
    enum Stream: UInt64 {
        case weights = 1, counts = 2, quirks = 3
    }

    static func encode(_ text: String, _ encoding: TextEncoding) -> [UInt8] {
        guard let bytes = encoding.encode(text) else { preconditionFailure("\(text) cannot be written in \(encoding)") }
        return bytes
    }

    /// A CSV field as SESNSP writes it: quoted only when it holds a comma or a quote.
    static func field(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(44) || bytes.contains(34) else { return bytes }
        return [34] + bytes.flatMap { $0 == 34 ? [34, 34] : [$0] } + [34]
    }
}
