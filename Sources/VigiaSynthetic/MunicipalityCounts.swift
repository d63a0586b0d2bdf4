/// How many municipalities each state has in the synthetic file: roughly the real counts
/// (2,477 in all), scaled, plus one "No Especificado" pseudo-municipality per state (code ending
/// 998), as SESNSP publishes crimes it cannot place.
enum MunicipalityCounts {
    /// Approximate real counts, by `Clave_Ent` 01…32.
    static let national = [11, 7, 5, 13, 38, 10, 124, 67, 16, 39, 46, 85, 84, 125, 125, 113,
                           36, 20, 51, 570, 217, 18, 11, 58, 20, 72, 17, 43, 60, 212, 106, 58]

    /// Code (last three digits) of the "No Especificado" row of every state.
    static let unspecifiedCode = 998

    /// Real municipalities numbered 001…997 at most: the code must stay three digits and below 998.
    static let maximumPerState = 997

    /// The numbered municipalities of state `index` (0-based) at `scale`: at least one, rounded
    /// half to even as the reference tool did.
    static func count(state index: Int, scale: Double) -> Int {
        max(1, Int((Double(national[index]) * scale).rounded(.toNearestOrEven)))
    }
}
