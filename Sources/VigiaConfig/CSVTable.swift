/// A CSV file split into records, each field with the line and column it starts at.
///
/// RFC 4180: comma separated, double quotes around fields that hold commas, quotes or
/// line breaks, `""` for a quote inside. CRLF or LF line ends; a UTF-8 BOM is skipped.
///
/// Read from the text's UTF-8 bytes in one pass, one record at a time (`scan`): a data file of a
/// million rows is never held as a million records (issue 17: the scalar-by-scalar reader that
/// kept every record took 17 s and 640 MB). Columns count Unicode scalars, as editors show them.
struct CSVTable {
    struct Field {
        let text: String
        let line: Int
        let column: Int
    }

    struct Record {
        let line: Int
        let fields: [Field]
    }

    let records: [Record]
    /// Set when the file ends inside a quoted field: where that field began.
    let unterminatedQuote: (line: Int, column: Int)?

    /// Every record at once (small files, tests).
    init(_ text: String) {
        var records: [Record] = []
        unterminatedQuote = Self.scan(text) { records.append($0) }
        self.records = records
    }

    /// Hands each non-blank record to `body` in order; returns where a quoted field still open at
    /// the end of the text began (that last record then holds the rest of the file).
    static func scan(_ text: String, _ body: (Record) -> Void) -> (line: Int, column: Int)? {
        var text = text
        return text.withUTF8 { bytes in
            var reader = ByteReader(bytes)
            return reader.run(body)
        }
    }
}

/// The state machine of `CSVTable.scan`, over the bytes of valid UTF-8 text: it splits only at
/// ASCII bytes, so every field's bytes decode to exactly the text between its delimiters.
private struct ByteReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var fields: [CSVTable.Field] = []
    var field: [UInt8] = []
    var line = 1, column = 1
    var fieldLine = 1, fieldColumn = 1, recordLine = 1
    var atFieldStart = true

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        field.reserveCapacity(256)
    }

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","),
                        newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    /// A byte that starts a scalar (not a UTF-8 continuation byte): one more column.
    @inline(__always) private static func startsScalar(_ b: UInt8) -> Bool { b & 0xC0 != 0x80 }

    mutating func run(_ body: (CSVTable.Record) -> Void) -> (line: Int, column: Int)? {
        let n = bytes.count
        var i = n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var inQuotes = false
        while i < n {
            let c = bytes[i]
            i += 1
            if inQuotes {
                if c == Self.quote {
                    if i < n, bytes[i] == Self.quote {
                        field.append(Self.quote)
                        column += 2
                        i += 1
                    } else {
                        inQuotes = false
                        column += 1
                    }
                    continue
                }
                field.append(c)
                if c == Self.newline { line += 1; column = 1 } else if Self.startsScalar(c) { column += 1 }
                continue
            }
            switch c {
            case Self.quote where atFieldStart:
                inQuotes = true
                atFieldStart = false
                column += 1
            case Self.comma:
                column += 1
                endField()
            case Self.carriageReturn, Self.newline:
                if c == Self.carriageReturn, i < n, bytes[i] == Self.newline { i += 1 }
                line += 1; column = 1
                endRecord(body)
                fieldLine = line; fieldColumn = 1; recordLine = line
            default:
                if atFieldStart { fieldLine = line; fieldColumn = column }
                atFieldStart = false
                field.append(c)
                if Self.startsScalar(c) { column += 1 }
            }
        }
        let open = inQuotes ? (fieldLine, fieldColumn) : nil
        if !field.isEmpty || !fields.isEmpty { endRecord(body) }
        return open
    }

    private mutating func endField() {
        fields.append(CSVTable.Field(text: String(decoding: field, as: UTF8.self), line: fieldLine, column: fieldColumn))
        field.removeAll(keepingCapacity: true)
        fieldLine = line
        fieldColumn = column
        atFieldStart = true
    }

    private mutating func endRecord(_ body: (CSVTable.Record) -> Void) {
        endField()
        let blank = fields.count == 1 && fields[0].text.isEmpty
        if !blank { body(CSVTable.Record(line: recordLine, fields: fields)) }
        fields.removeAll(keepingCapacity: true)
    }
}
