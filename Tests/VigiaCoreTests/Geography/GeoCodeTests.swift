import Testing
import VigiaCore

/// Geography codes: read as typed (a data file's `geo`), their level, and written by the importers.
struct GeoCodeTests {
    @Test(arguments: ["MX", "US", "MX-09", "MX-09015", "US-AL", "MX-0A"])
    func accepted(_ geo: String) { #expect(GeoCode(checking: geo)?.text == geo) }

    @Test(arguments: ["", "M", "mx", "MXA", "MX-", "MX-09-01", "MX-09a", "Mx-09", "MX 09", "ÁX", "MX-0\u{301}", "MX-09\r\n"])
    func refused(_ geo: String) { #expect(GeoCode(checking: geo) == nil) }

    @Test func levelsFollowTheCodes() {
        #expect(GeoCode("MX").level == .national)
        #expect(GeoCode("US").level == .national)
        #expect(GeoCode("MX-09").level == .state)
        #expect(GeoCode("US-TX").level == .state)
        #expect(GeoCode("MX-09015").level == .municipality)
        #expect(GeoCode("MX-11998").level == .municipality)
        #expect(GeoCode("US-SWB").level == .region)
        #expect(GeoCode("MX").isNational && !GeoCode("MX-09").isNational)
        #expect(GeoCode("MX-09015").state == GeoCode("MX-09"))
        #expect(GeoCode("MX-09").state == nil)
        #expect(GeoCode("US-TX").country == "US")
        #expect(GeoCode("MX").country == "MX")
    }

    /// The level is read from the bytes; codes that are not ASCII letters or digits after the dash
    /// are regions, as when it was read character by character.
    @Test func oddCodesAreRegions() {
        #expect(GeoCode("MX-0\u{301}9").level == .region)
        #expect(GeoCode("MX-٠٩").level == .region)  // Arabic-Indic digits
        #expect(GeoCode("MX-ÁB").level == .region)
        #expect(GeoCode("MX-").level == .region)
        #expect(GeoCode("MX-0901").level == .region)
        #expect(GeoCode("MX-tx").level == .state)
        #expect(GeoCode("MX-09\r\n").level == .region)
    }

    @Test func writtenAsTheSourcesNumberThem() {
        #expect(GeoCode.mexicanState(9).text == "MX-09")
        #expect(GeoCode.mexicanState(25).text == "MX-25")
        #expect(GeoCode.mexicanMunicipality(9015).text == "MX-09015")
        #expect(GeoCode.mexicanMunicipality(11998).text == "MX-11998")
        #expect(GeoCode.place("SWB", in: .US).text == "US-SWB")
        #expect(GeoCode.national(.US).text == "US")
    }
}
