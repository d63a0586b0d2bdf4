import Testing
@testable import VigiaConfig

/// The two places where YAMLDocument works out a position that Yams does not give directly.
@Suite("YAMLDocument positions")
struct YAMLDocumentTests {
    @Test func readerErrorOffsetBecomesLineAndColumn() {
        // Yams counts characters: "\r\n" is one, "é" is one; columns count scalars.
        #expect(YAMLDocument.place(ofCharacterOffset: 0, in: "abc") == (1, 1))
        #expect(YAMLDocument.place(ofCharacterOffset: 6, in: "a: é\nb\u{7}") == (2, 2))
        #expect(YAMLDocument.place(ofCharacterOffset: 3, in: "a\r\nb\u{7}") == (2, 2))
        #expect(YAMLDocument.place(ofCharacterOffset: 3, in: "a\rb\u{7}") == (2, 2))
        #expect(YAMLDocument.place(ofCharacterOffset: 99, in: "ab") == (1, 3))
    }

    /// The formatted diagnostics of parsing `text` as `x.yaml`.
    private func parse(_ text: String) -> [String] {
        let log = DiagnosticLog()
        _ = YAMLDocument(file: "x.yaml", text: text, log: log)
        return log.diagnostics.map { $0.formatted() }
    }

    @Test func duplicateKeyIsReportedWhereItIsRepeated() {
        // Yams names only the first `id` (line 2); the repeat is the next `id:` at the same column
        // within the same mapping, not the nested one on line 4.
        let text = """
            - name: x
              id: a
              nested:
                id: inner
              id: b
            - id: c
            """
        #expect(parse(text) == ["x.yaml:5:3: error: duplicate key 'id'"])
        #expect(parse("a: 1\n# note\n\"a\": 2\n") == ["x.yaml:3:1: error: duplicate key 'a'"])
        #expect(parse("a: 1\r\nb: 2\r\na: 3\r\n") == ["x.yaml:3:1: error: duplicate key 'a'"])
    }

    @Test func duplicateKeyInAFlowMappingFallsBackToTheFirstOccurrence() {
        #expect(parse("- {id: a, id: b}\n- id: c\n") == ["x.yaml:1:4: error: duplicate key 'id'"])
    }

    @Test func duplicateKeyInANestedMapping() {
        #expect(parse("inner:\n  k: 1\n  k: 2\nk: 3\n") == ["x.yaml:3:3: error: duplicate key 'k'"])
    }

    @Test func duplicateKeyIsNotLookedForPastTheEndOfItsMapping() {
        // The repeat (`"k" :`, line 3) is not recognised; the `k` of the next list item (line 4)
        // belongs to another mapping, so the first occurrence is reported instead.
        #expect(parse("- k: 1\n  j: 2\n  \"k\" : 2\n- k: 3\n") == ["x.yaml:1:3: error: duplicate key 'k'"])
    }

    @Test func emptyDocument() {
        let log = DiagnosticLog()
        #expect(YAMLDocument(file: "x.yaml", text: "# only a comment\n", log: log).isEmpty)
        #expect(!YAMLDocument(file: "x.yaml", text: "a: [", log: log).isEmpty)
        #expect(!YAMLDocument(file: "x.yaml", text: "a: 1", log: log).isEmpty)
    }
}
