import Foundation
import Testing
@testable import VigiaStore

/// The byte-level scanner: RFC 4180 in every corner, across chunk boundaries.
struct CSVScannerTests {
    static func records(_ text: String, chunk: Int = 4 << 20) throws -> [[String]] {
        let dir = try TemporaryDirectory()
        let path = try dir.write("t.csv", text)
        let scanner = try CSVScanner(path: path, chunkSize: chunk)
        var out: [[String]] = []
        while let r = try scanner.next() { out.append((0..<r.count).map { r.text($0) }) }
        return out
    }

    static let tricky = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\n1,,3\nlast,\"\",end"

    @Test func quotesCommasLineBreaksAndEmptyFields() throws {
        let expected = [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["1", "", "3"], ["last", "", "end"]]
        #expect(try Self.records(Self.tricky) == expected)
        // The same with a buffer smaller than a record: every boundary case of refilling and growing.
        for chunk in [1, 2, 3, 5, 8, 13] {
            #expect(try Self.records(Self.tricky, chunk: chunk) == expected, "chunk \(chunk)")
        }
    }

    @Test func lineNumbersCountLineBreaksInsideQuotes() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("t.csv", Self.tricky)
        let scanner = try CSVScanner(path: path, chunkSize: 4)
        var lines: [Int] = [], terminated: [Bool] = []
        while let r = try scanner.next() { lines.append(r.line); terminated.append(r.terminated) }
        #expect(lines == [1, 2, 5, 6])
        #expect(terminated == [true, true, true, false])
    }

    @Test func aByteOrderMarkIsSkippedAndTheEncodingDetected() throws {
        #expect(try Self.records("\u{FEFF}Año,b\n1,2\n").first == ["Año", "b"])
        let dir = try TemporaryDirectory()
        let path = try dir.write("t.csv", bytes: [0x41, 0xF1, 0x6F, 0x2C, 0x80, 0x0A])  // "Año,€" in cp1252
        let scanner = try CSVScanner(path: path)
        let row = try #require(try scanner.next())
        #expect(row.encoding == .cp1252)
        #expect([row.text(0), row.text(1)] == ["Año", "€"])
    }

    @Test func inSingleLineModeAStrayQuoteEndsWithItsLine() throws {
        let text = "a,b\n1,\"x\n2,y\n3,\"z\"\n"
        for chunk in [1, 3, 7, 4 << 20] {
            let dir = try TemporaryDirectory()
            let scanner = try CSVScanner(path: try dir.write("t.csv", text), chunkSize: chunk, quotesSpanLines: false)
            var rows: [(Int, Bool, [String])] = []
            while let r = try scanner.next() { rows.append((r.line, r.strayQuote, (0..<r.count).map { r.text($0) })) }
            #expect(rows.map(\.0) == [1, 2, 3, 4], "chunk \(chunk)")
            #expect(rows.map(\.1) == [false, true, false, false])
            #expect(rows.map(\.2) == [["a", "b"], ["1", "x"], ["2", "y"], ["3", "z"]])
        }
    }

    @Test func aNulByteStopsTheScan() throws {
        #expect(throws: ImportFailure.self) { try Self.records("a,b\n1,\u{0}\n") }
        #expect(throws: ImportFailure.self) { try Self.records("a,\"b\n1,2\n") }
    }

    @Test func encodings() {
        #expect(TextEncoding.cp1252.encode("Año €") == [0x41, 0xF1, 0x6F, 0x20, 0x80])
        #expect(TextEncoding.cp1252.encode("日本") == nil)
        #expect(TextEncoding.utf8.encode("ñ") == [0xC3, 0xB1])
        [UInt8]([0xC3, 0xB1]).withUnsafeBytes { #expect(TextEncoding.utf8.decode($0) == "ñ") }
        // A stray cp1252 byte in a UTF-8 file falls back instead of failing.
        [UInt8]([0x41, 0xF1]).withUnsafeBytes { #expect(TextEncoding.utf8.decode($0) == "Añ") }
    }

    // MARK: - Where fields are (the long CSV's diagnostics)

    /// Each record's fields as `line:column`, scanned with chunks of `chunk` bytes.
    static func places(_ text: String, chunk: Int = 4 << 20) throws -> [[String]] {
        let dir = try TemporaryDirectory()
        let scanner = try CSVScanner(path: try dir.write("t.csv", text), chunkSize: chunk)
        var out: [[String]] = []
        while let r = try scanner.next() { out.append((0..<r.count).map { let p = r.position(ofField: $0); return "\(p.line):\(p.column)" }) }
        return out
    }

    @Test func fieldsKnowTheirLineAndColumn() throws {
        for chunk in [1, 3, 7, 4 << 20] {
            #expect(try Self.places("indicator,period,value\nmx.homicides,2024,12\n", chunk: chunk)
                == [["1:1", "1:11", "1:18"], ["2:1", "2:14", "2:19"]], "chunk \(chunk)")
            // A quoted field starts at its opening quote; "" counts as two columns.
            #expect(try Self.places(#"x,"a,""b""",y"# + "\n", chunk: chunk) == [["1:1", "1:3", "1:13"]])
            #expect(try Self.places("a,,\"\",b\n", chunk: chunk) == [["1:1", "1:3", "1:4", "1:7"]])
            #expect(try Self.places("h1,h2\n\"first\nsecond\",x\nnext,y\n", chunk: chunk)
                == [["1:1", "1:4"], ["2:1", "3:9"], ["4:1", "4:6"]])
        }
    }

    @Test func aByteOrderMarkTakesNoColumn() throws {
        #expect(try Self.places("\u{FEFF}indicator,period\nx,2024\n").first == ["1:1", "1:11"])
    }

    @Test func columnsCountUnicodeScalars() throws {
        // "Víctimas": í is two bytes but one scalar; "e\u{301}" is one character but two scalars.
        #expect(try Self.places("Víctimas,x,e\u{301},y\n") == [["1:1", "1:10", "1:12", "1:15"]])
    }

    @Test func lineEndsLFCRLFOrCRAlone() throws {
        #expect(try Self.records("a,b\r\n1,2\r\n3,4") == [["a", "b"], ["1", "2"], ["3", "4"]])
        // A spreadsheet's "CSV (Macintosh)": lines end in CR alone.
        for chunk in [1, 2, 5, 4 << 20] {
            #expect(try Self.records("a,b\r1,\"x\ry\"\r\r3,4\r", chunk: chunk) == [["a", "b"], ["1", "x\ry"], ["3", "4"]])
            #expect(try Self.places("a,b\r1,\"x\ry\"\r\r3,4\r", chunk: chunk) == [["1:1", "1:3"], ["2:1", "2:3"], ["5:1", "5:3"]])
        }
        // CRLF inside quotes stays in the field.
        #expect(try Self.records("a\r\n\"x\r\ny\"\r\nz\r\n") == [["a"], ["x\r\ny"], ["z"]])
    }

    @Test func anUnterminatedQuoteSaysWhereTheFieldBegan() throws {
        for chunk in [1, 4, 4 << 20] {
            let dir = try TemporaryDirectory()
            let scanner = try CSVScanner(path: try dir.write("t.csv", "a,b\n1,\"open\n2,3\n"), chunkSize: chunk)
            #expect(throws: ImportFailure.self) { while try scanner.next() != nil {} }
            #expect(scanner.openQuote.map { "\($0.line):\($0.column)" } == "2:3")
        }
    }
}
