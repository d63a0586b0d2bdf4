/// What one (state, year) block put in the file, for the ground truth: counted while the cells are
/// written, so the truth is exactly the file's content, never a second computation of it.
struct BlockTally: Sendable {
    let state: Int  // Clave_Ent
    let year: Int
    var rows = 0
    var minusOneCells = 0
    /// Homicidio doloso per month, all modalidades, -1 cells left out.
    var homicide = [Int](repeating: 0, count: 12)
    /// Per rule and month (rule × 12 + month): the sum of the cells the importer keeps.
    var ruleSums: [Int]
    /// Per rule: bit m set when month m had at least one kept cell (a figure the importer stores,
    /// even if 0). A month with none stays missing, as the importer leaves it.
    var rulePresent: [UInt16]

    init(state: Int, year: Int, rules: Int) {
        (self.state, self.year) = (state, year)
        ruleSums = [Int](repeating: 0, count: rules * 12)
        rulePresent = [UInt16](repeating: 0, count: rules)
    }
}
