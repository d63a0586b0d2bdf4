import VigiaCore

/// A file's header, with names normalized so the spellings official files use match one key:
/// `Data Value` and `data_value` → `data_value`; `Cve. Municipio` → `cve_municipio`; `Año` → `año`.
struct HeaderMap {
    let names: [String]
    private let index: [String: Int]

    init(_ raw: [String]) {
        names = raw.map(Self.normalize)
        var index: [String: Int] = [:]
        for (i, name) in names.enumerated() where index[name] == nil { index[name] = i }
        self.index = index
    }

    var count: Int { names.count }

    func has(_ name: String) -> Bool { index[name] != nil }

    func column(_ name: String) -> Int? { index[name] }

    /// The columns' positions, or the fatal problem naming every missing one.
    func require(_ columns: [String], format: ImportFormat) throws(ImportFailure) -> [Int] {
        let missing = columns.filter { index[$0] == nil }
        guard missing.isEmpty else { throw ImportFailure(.missingColumns(missing, format: format.rawValue), line: 1) }
        return columns.map { index[$0]! }
    }

    static func normalize(_ name: String) -> String {
        var out = "", pendingSeparator = false
        for c in name.lowercased() {
            if c.isLetter || c.isNumber {
                if pendingSeparator && !out.isEmpty { out.append("_") }
                pendingSeparator = false
                out.append(c)
            } else {
                pendingSeparator = true
            }
        }
        return out
    }

    /// The format a header belongs to, for `--format auto`.
    func detectFormat() -> ImportFormat? {
        if has("subtipo_de_delito") && has("clave_ent") {
            if has("cve_municipio") { return .sesnspMunicipal }
            if has("sexo") || has("rango_de_edad") { return .sesnspVictimas }
            return .sesnspEstatal
        }
        if has("state") && has("indicator") && has("data_value") { return .cdcVSRR }
        if has("drug_type") && has("sum_qty_lbs") { return .cbpDrugs }
        if has("indicator") && has("period") && has("value") { return .csv }
        return nil
    }
}
