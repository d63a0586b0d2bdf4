import Testing
@testable import VigiaConfig

/// The geo cell of a data row, now read on bytes (issue 17, row 17): the same answers as before.
struct GeoSyntaxTests {
    @Test(arguments: ["MX", "US", "MX-09", "MX-09015", "US-AL", "MX-0A"])
    func accepted(_ geo: String) { #expect(DataFile.isGeo(geo)) }

    @Test(arguments: ["", "M", "mx", "MXA", "MX-", "MX-09-01", "MX-09a", "Mx-09", "MX 09", "ÁX", "MX-0\u{301}", "MX-09\r\n"])
    func refused(_ geo: String) { #expect(!DataFile.isGeo(geo)) }

    @Test func trimmingKeepsTheFastPathExact() {
        #expect("abc".trimmingWhitespace() == "abc")
        #expect(" \tabc \t".trimmingWhitespace() == "abc")
        #expect("  ".trimmingWhitespace() == "")
        #expect("".trimmingWhitespace() == "")
    }
}
