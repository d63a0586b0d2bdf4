import Testing
@testable import VigiaRender

/// Text of simple scalars (ASCII and U+2100–U+2BFF) is drawn and measured a scalar at a time;
/// it must come out as the grapheme-by-grapheme way draws it.
struct SimpleScalarTests {
    static let texts = [
        "plain ASCII", "▲ Moving away", "█▉▊░░", "⣿⠁⡀", "a\u{7}b\r\nc\td", "→ 12 ↑", "\u{7F}x",
        // Not simple: drawn the grapheme way, these only check that the choice falls back.
        "e\u{301}·中文", "👍🏽 ok", "\u{202E}rtl", "1\u{20E3}", "x\u{2028}",
    ]

    /// The grapheme-by-grapheme drawing, as `Buffer.put` did before its fast path.
    static func reference(_ text: String, width: Int, x: Int) -> [Cell] {
        var cells = Array(repeating: Cell.blank, count: width), column = x
        for character in text {
            let w = TextWidth.of(character)
            guard w > 0 else { continue }
            if column + w > width { break }
            if column >= 0 {
                cells[column] = Cell(String(character), width: UInt8(w))
                if w == 2, column + 1 < width { cells[column + 1] = Cell("", width: 0) }
            }
            column += w
        }
        return cells
    }

    @Test(arguments: texts)
    func drawnAsGraphemeByGrapheme(_ text: String) {
        for (width, x) in [(40, 0), (8, 3), (5, -2)] {
            var buffer = Buffer(width: width, height: 1)
            buffer.put(text, x: x, y: 0)
            #expect(buffer.cells == Self.reference(text, width: width, x: x), "\(text) at \(x) in \(width)")
        }
        #expect(TextWidth.of(text) == text.reduce(0) { $0 + TextWidth.of($1) })
    }
}
