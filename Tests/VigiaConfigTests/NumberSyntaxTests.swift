import Testing
@testable import VigiaConfig

@Suite("NumberSyntax")
struct NumberSyntaxTests {
    @Test(arguments: [
        ("-12", -12.0), ("3.5", 3.5), ("1.2e4", 12000), ("+4", 4), ("0", 0), ("1E-3", 0.001),
        (".5", 0.5), ("34723", 34723), ("-0.25", -0.25),
    ])
    func accepts(_ text: String, _ value: Double) {
        #expect(NumberSyntax.parse(text) == .number(value))
    }

    @Test(arguments: ["0x10", "1,234", "", "1e", "abc", "1e+", "-", ".", "+-1", "1.2.3", " 1", "1 ", "1_000",
                      "12k", "١٢", "0b101", "--1", "e5"])
    func rejectsAsNotANumber(_ text: String) {
        #expect(NumberSyntax.parse(text) == .notANumber)
    }

    @Test(arguments: ["nan", "NaN", ".nan", "inf", "-inf", "+inf", ".inf", "-.inf", "Infinity", "1e400", "-1e999"])
    func rejectsAsNotFinite(_ text: String) {
        #expect(NumberSyntax.parse(text) == .notFinite)
    }
}
