/// Geography codes as Vigía writes them.
enum GeoFormat {
    static func mexicanState(_ code: Int) -> String { "MX-" + pad(code, 2) }
    static func mexicanMunicipality(_ code: Int) -> String { "MX-" + pad(code, 5) }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
