/// The official file formats Vigía reads, by their names on the command line and in `indicators.yaml`.
public enum ImportFormat: String, Sendable, CaseIterable {
    case sesnspEstatal = "sesnsp-estatal"
    case sesnspMunicipal = "sesnsp-municipal"
    case sesnspVictimas = "sesnsp-victimas"
    case cdcVSRR = "cdc-vsrr"
    case cbpDrugs = "cbp-drugs"
    /// The long format of `Config/data/*.csv`: rows name their indicator, so no mapping is needed.
    case csv

    /// The formats an `import` block can map; `csv` rows name their indicator themselves.
    public static let mappable: [ImportFormat] = allCases.filter { $0 != .csv }

    /// The frequency an indicator fed by this format must have.
    public var frequency: Frequency? {
        switch self {
        case .sesnspEstatal, .sesnspMunicipal, .sesnspVictimas, .cdcVSRR: .monthly
        case .cbpDrugs: .annual
        case .csv: nil
        }
    }
}

/// Which of a source's two figures to keep where it gives both (CDC VSRR: reported and predicted).
public enum ValueChoice: String, Sendable, CaseIterable {
    case reported, predicted
}

/// One of an indicator's declared sources (`Indicator.imports`, its `import` block in
/// indicators.yaml): which raw categories of one official format feed it. The importers read
/// these and nothing of the configuration's files.
///
/// ```yaml
/// import:
///   sesnsp-municipal: {subtipo: "Homicidio doloso"}
///   cdc-vsrr: {indicator: "Number of Drug Overdose Deaths", value: reported}
///   cbp-drugs: {drug_type: Fentanyl}
/// ```
public struct ImportRule: Hashable, Sendable {
    public let indicator: String
    public let format: ImportFormat
    /// The raw categories summed into the indicator: SESNSP `Subtipo de delito`, VSRR `Indicator`,
    /// CBP `Drug Type`. Compared exactly, after trimming spaces.
    public let categories: [String]
    /// SESNSP only: the `Modalidad` values to keep; empty keeps them all.
    public let modalidades: [String]
    public let value: ValueChoice

    public init(indicator: String, format: ImportFormat, categories: [String], modalidades: [String] = [],
                value: ValueChoice = .reported) {
        self.indicator = indicator
        self.format = format
        self.categories = categories
        self.modalidades = modalidades
        self.value = value
    }
}

/// Every import rule of the catalog, looked up by format.
public struct ImportRules: Sendable {
    public let all: [ImportRule]

    public init(_ rules: [ImportRule]) { all = rules }

    /// The declared sources of these indicators, in their order.
    public init(_ indicators: [Indicator]) { all = indicators.flatMap(\.imports) }

    public func rules(for format: ImportFormat) -> [ImportRule] { all.filter { $0.format == format } }
}
