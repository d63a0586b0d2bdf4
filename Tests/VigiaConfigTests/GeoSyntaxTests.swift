import Testing
@testable import VigiaConfig

/// The trimming of a data row's cells (issue 17, row 17): exact on the fast path.
struct GeoSyntaxTests {
    @Test func trimmingKeepsTheFastPathExact() {
        #expect("abc".trimmingWhitespace() == "abc")
        #expect(" \tabc \t".trimmingWhitespace() == "abc")
        #expect("  ".trimmingWhitespace() == "")
        #expect("".trimmingWhitespace() == "")
    }
}
