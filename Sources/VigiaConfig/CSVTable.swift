/// A CSV file split into records, each field with the line and column it starts at.
///
/// RFC 4180: comma separated, double quotes around fields that hold commas, quotes or
/// line breaks, `""` for a quote inside. CRLF or LF line ends; a UTF-8 BOM is skipped.
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

    init(_ text: String) {
        var records: [Record] = []
        var fields: [Field] = []
        var field = ""
        var line = 1, column = 1
        var fieldLine = 1, fieldColumn = 1, recordLine = 1
        var inQuotes = false, atFieldStart = true
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endField() {
            fields.append(Field(text: field, line: fieldLine, column: fieldColumn))
            field = ""
            fieldLine = line
            fieldColumn = column
            atFieldStart = true
        }
        func endRecord() {
            endField()
            let blank = fields.count == 1 && fields[0].text.isEmpty
            if !blank { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
        }

        while let c = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if c == "\"" {
                    let next = iterator.next()
                    if next == "\"" {
                        field.unicodeScalars.append("\"")
                        column += 2
                        continue
                    }
                    inQuotes = false
                    column += 1
                    pending = next
                    continue
                }
                field.unicodeScalars.append(c)
                if c == "\n" { line += 1; column = 1 } else { column += 1 }
                continue
            }
            switch c {
            case "\"" where atFieldStart:
                inQuotes = true
                atFieldStart = false
                column += 1
            case ",":
                column += 1
                endField()
            case "\r":
                let next = iterator.next()
                if next != "\n" { pending = next }
                line += 1; column = 1
                endRecord()
                fieldLine = line; fieldColumn = 1; recordLine = line
            case "\n":
                line += 1; column = 1
                endRecord()
                fieldLine = line; fieldColumn = 1; recordLine = line
            default:
                if atFieldStart { fieldLine = line; fieldColumn = column }
                atFieldStart = false
                field.unicodeScalars.append(c)
                column += 1
            }
        }
        unterminatedQuote = inQuotes ? (fieldLine, fieldColumn) : nil
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        self.records = records
    }
}
