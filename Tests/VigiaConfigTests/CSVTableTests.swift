import Testing
@testable import VigiaConfig

@Suite("CSVTable")
struct CSVTableTests {
    private func texts(_ table: CSVTable) -> [[String]] { table.records.map { $0.fields.map(\.text) } }
    private func places(_ record: CSVTable.Record) -> [String] { record.fields.map { "\($0.line):\($0.column)" } }

    @Test func plainRecordsWithLinesAndColumns() {
        let table = CSVTable("indicator,period,value\nmx.homicides,2024,12\n")
        #expect(texts(table) == [["indicator", "period", "value"], ["mx.homicides", "2024", "12"]])
        #expect(table.records.map(\.line) == [1, 2])
        #expect(places(table.records[0]) == ["1:1", "1:11", "1:18"])
        #expect(places(table.records[1]) == ["2:1", "2:14", "2:19"])
        #expect(table.unterminatedQuote == nil)
    }

    @Test func quotedFieldsWithCommasAndEscapedQuotes() {
        let table = CSVTable(#"x,"a,""b""",y"# + "\n")
        #expect(texts(table) == [["x", #"a,"b""#, "y"]])
        // The quoted field starts at its opening quote; "" counts as two columns.
        #expect(places(table.records[0]) == ["1:1", "1:3", "1:13"])
    }

    @Test func emptyFieldsAndAnEmptyQuotedField() {
        let table = CSVTable("a,,\"\",b\n")
        #expect(texts(table) == [["a", "", "", "b"]])
        #expect(places(table.records[0]) == ["1:1", "1:3", "1:4", "1:7"])
    }

    @Test func crlfLineEndsAreNotPartOfTheLastField() {
        let table = CSVTable("a,b\r\n1,2\r\n3,4")
        #expect(texts(table) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(table.records.map(\.line) == [1, 2, 3])
    }

    @Test func loneCarriageReturnEndsALine() {
        let table = CSVTable("a,b\r1,2\r")
        #expect(texts(table) == [["a", "b"], ["1", "2"]])
        #expect(table.records.map(\.line) == [1, 2])
    }

    @Test func byteOrderMarkIsSkipped() {
        let table = CSVTable("\u{FEFF}indicator,period\nx,2024\n")
        #expect(table.records[0].fields[0].text == "indicator")
        #expect(places(table.records[0]) == ["1:1", "1:11"])
    }

    @Test func embeddedNewlineKeepsLaterLineNumbersRight() {
        let table = CSVTable("h1,h2\n\"first\nsecond\",x\nnext,y\n")
        #expect(texts(table) == [["h1", "h2"], ["first\nsecond", "x"], ["next", "y"]])
        #expect(table.records.map(\.line) == [1, 2, 4])
        #expect(places(table.records[1]) == ["2:1", "3:9"])
        #expect(places(table.records[2]) == ["4:1", "4:6"])
    }

    @Test func embeddedCRLFIsKeptInsideQuotes() {
        let table = CSVTable("a\r\n\"x\r\ny\"\r\nz\r\n")
        #expect(texts(table) == [["a"], ["x\r\ny"], ["z"]])
        #expect(table.records.map(\.line) == [1, 2, 4])
    }

    @Test func blankLinesAreSkippedButCounted() {
        let table = CSVTable("a,b\n\n1,2\n\n")
        #expect(texts(table) == [["a", "b"], ["1", "2"]])
        #expect(table.records.map(\.line) == [1, 3])
    }

    @Test func columnsCountUnicodeScalars() {
        // "Víctimas": í is two bytes but one scalar; "e\u{301}" is one character but two scalars.
        let table = CSVTable("Víctimas,x,e\u{301},y\n")
        #expect(places(table.records[0]) == ["1:1", "1:10", "1:12", "1:15"])
    }

    @Test func unterminatedQuoteReportsWhereTheFieldBegan() {
        let table = CSVTable("a,b\n1,\"open\n2,3\n")
        #expect(table.unterminatedQuote?.line == 2)
        #expect(table.unterminatedQuote?.column == 3)
    }

    @Test func emptyText() {
        #expect(CSVTable("").records.isEmpty)
        #expect(CSVTable("\n\n").records.isEmpty)
    }
}
