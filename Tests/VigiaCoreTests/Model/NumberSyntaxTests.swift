import Testing
import VigiaCore

/// The one number grammar: YAML values, data-file cells and the official releases' cells.
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

    @Test func numbersAsOfficialFilesWriteThem() {
        func count(_ s: String) -> NumberSyntax.Outcome { Array(s.utf8).withUnsafeBytes { NumberSyntax.count($0) } }
        func decimal(_ s: String, _ thousands: Bool = true) -> NumberSyntax.Outcome {
            Array(s.utf8).withUnsafeBytes { NumberSyntax.parse($0, thousands: thousands) }
        }
        #expect(count("12") == .number(12))
        #expect(count("-1") == .number(-1))
        #expect(count("1.0") == .number(1))
        #expect(count("1.5") == .notANumber)
        #expect(count("") == .notANumber)
        #expect(count("x") == .notANumber)
        #expect(decimal("1,004") == .number(1004))
        #expect(decimal("3,472,120") == .number(3_472_120))
        #expect(decimal("1,00") == .notANumber)
        #expect(decimal("1234,567") == .notANumber)
        #expect(decimal("1,004", false) == .notANumber)
        #expect(decimal("6.61386786e-05") == .number(6.61386786e-05))
        #expect(decimal("1.6580084875972") == .number(1.6580084875972))
        #expect(decimal("nan") == .notFinite)
        #expect(decimal("**") == .notANumber)
    }
}
