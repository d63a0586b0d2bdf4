import Foundation

/// Text for a terminal that can only show ASCII: accents dropped (`Vigía` → `Vigia`), common
/// symbols spelled out, anything else `?`. Applied where text enters an ASCII buffer, so data,
/// config and translations all obey `--ascii` and non-UTF-8 locales.
public enum ASCIIFold {
    static let table: [Character: String] = [
        "τ": "t", "×": "x", "—": "-", "–": "-", "…": "...", "’": "'", "‘": "'", "“": "\"", "”": "\"",
        "¿": "?", "¡": "!", "°": "o", "·": ".", "•": "*", "→": "->", "←": "<-", "↑": "^", "↓": "v",
        "≤": "<=", "≥": ">=", "±": "+/-", "ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O",
    ]

    public static func fold(_ character: Character) -> String {
        if character.isASCII { return String(character) }
        if let mapped = table[character] { return mapped }
        let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.filter(\.isASCII)
        return base.isEmpty ? "?" : String(String.UnicodeScalarView(base))
    }

    public static func fold(_ text: String) -> String {
        text.allSatisfy(\.isASCII) ? text : text.map(fold).joined()
    }
}
