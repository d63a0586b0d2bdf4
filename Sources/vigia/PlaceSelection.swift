import VigiaCore

/// `--geo`: the report for states instead of the nation. `all-states` takes every state with figures.
struct PlaceSelection {
    let geos: [String]

    init(_ geos: [String]) { self.geos = geos }

    static let allStates = "all-states"

    /// The dashboard for the places asked for; the nation's when none was.
    func apply(to dashboard: Dashboard, language: Language) throws -> Dashboard {
        guard !geos.isEmpty else { return dashboard }
        var codes: [String] = []
        for geo in geos {
            if geo == Self.allStates {
                codes += dashboard.statesWithFigures
                continue
            }
            guard GeoCode(geo).level == .state else {
                throw CLIError.usage(language == .es
                    ? "vigia: error: --geo '\(geo)' no es un estado (se espera un código como MX-25 o US-WV, o all-states)"
                    : "vigia: error: --geo '\(geo)' is not a state (expected a code such as MX-25 or US-WV, or all-states)")
            }
            guard dashboard.statesWithFigures.contains(geo) else {
                throw CLIError.input(language == .es
                    ? "vigia: error: no hay cifras para \(geo) en el almacén (importe antes el archivo estatal que las trae)"
                    : "vigia: error: no figures for \(geo) in the store (import the state file that has them first)")
            }
            codes.append(geo)
        }
        var seen: Set<String> = []
        return dashboard.forPlaces(codes.filter { seen.insert($0).inserted })
    }
}
