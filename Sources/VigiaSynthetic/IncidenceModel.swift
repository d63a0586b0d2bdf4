import Foundation

/// How many crimes a synthetic municipality records in a month: a Poisson count with mean
/// `weight × base rate × season × trend`. Not a model of Mexico, only plausible enough that
/// national totals look like real ones in size and that counts range from mostly zeros (rare crimes,
/// small places) to a few hundred (theft in a heavy-tailed large municipality), which is what the
/// importer and the statistics meet in the real file. The constants are those of the team's
/// reference tool (the Python generator this replaced), so files of both tools look alike.
enum IncidenceModel {
    /// Monthly count for a municipality of weight 1 in the first year.
    static func baseRate(_ crime: CrimeCategory) -> Double {
        if crime.subtipo == "Homicidio doloso" { return 0.12 }
        if crime.tipo.hasPrefix("Robo") { return 2.0 }
        if ["Lesiones", "Violencia familiar", "Amenazas", "Fraude", "Daño a la propiedad"].contains(crime.tipo) { return 1.6 }
        return 0.15
    }

    /// A gentle yearly cycle: +10 % around April, −10 % around October.
    static func season(month index: Int) -> Double {
        1.0 + 0.1 * sin(Double(index) / 12 * 2 * Double.pi)
    }

    /// A rise then a fall over the years (peaks about three years after the first).
    static func trend(yearsSinceFirst t: Int) -> Double {
        1.0 + 0.04 * Double(t) - 0.006 * Double(t * t)
    }

    /// A municipality's size relative to an average one: lognormal(0, 1) (`RandomSource.lognormal`),
    /// so a few large places carry much of a state's crime, as in the real file.
    static let sizeSpread = (mu: 0.0, sigma: 1.0)

    /// "No Especificado" gets a small fixed weight: the crimes SESNSP could not place are few.
    static let unspecifiedWeight = 0.2
}
