#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CVigiaScan

/// Splits a CSV file into records and fields at the byte level, without copying or decoding:
/// a field is a byte range in the read buffer, decoded only when an importer keeps it.
///
/// RFC 4180: commas, double quotes around fields that hold commas, quotes or line breaks, `""`
/// for a quote inside; LF or CRLF, or CR alone (a spreadsheet's "CSV (Macintosh)"), as the file's
/// head shows. The file is read in chunks (never mapped whole), so memory stays flat whatever the
/// file size. A record without quotes is read in C straight from the bytes, a SIMD step at a time
/// (`vigia_plain_record`); for any other, its line (or, where quotes may span lines, the rest of
/// the chunk) is indexed by a SIMD kernel (`CVigiaScan`) that lists the bytes that matter — comma,
/// line break, quote, NUL — so the parser hops from one to the next instead of looking at every
/// byte. A NUL byte means the file is not text: the scan stops.
///
/// The one CSV reader of Vigía: the official formats and the long CSV of `Config/data/` and
/// `vigia import --format csv`, whose diagnostics need each field's line and column
/// (`CSVRecord.position(ofField:)`, worked out only for a field that has a problem).
final class CSVScanner {
    private(set) var encoding = TextEncoding.utf8
    /// The byte that ends a line: `\n` (LF, or CRLF with the CR left out of the last field), or
    /// `\r` when the file's first line ends in a CR alone.
    let lineBreak: UInt8
    /// Where a quoted field that is never closed began: set when `next()` throws `.unterminatedQuote`.
    private(set) var openQuote: (line: Int, column: Int)?
    private var recordLine = 0, recordStart = 0, terminated = true, fieldCount = 0, strayQuote = false
    /// Whether a quoted field may hold line breaks (RFC 4180 allows it). The official formats
    /// never have one: there a quote still open at the end of its line is a stray quote, and
    /// the record ends with the line (reported as such) instead of running on over the next
    /// lines and swallowing their rows.
    private let quotesSpanLines: Bool

    private let fd: Int32
    private var buffer: UnsafeMutablePointer<UInt8>
    private var index: UnsafeMutablePointer<UInt32>
    private var capacity: Int
    /// Unparsed bytes are buffer[start..<end]; once `indexed`, index[cursor..<indexCount] are the
    /// structural bytes from `start` on (entries before `start` are skipped when next needed).
    private var start = 0, end = 0, cursor = 0, indexCount = 0, nextLine = 1
    private var indexed = false
    private var eof = false
    private var fields: FieldList

    private static let quote: UInt8 = 34, comma: UInt8 = 44, newline: UInt8 = 10, carriageReturn: UInt8 = 13

    /// Bytes of the range not yet read.
    private var remaining: Int

    /// Scans the file, or the byte range `range` of it (which must start at a line start) with an
    /// encoding already detected from the file's head.
    init(path: String, range: Range<Int>? = nil, encoding known: TextEncoding? = nil,
         chunkSize: Int = 4 << 20, quotesSpanLines: Bool = true) throws(ImportFailure) {
        self.quotesSpanLines = quotesSpanLines
        fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ImportFailure(.unreadable(String(cString: strerror(errno)))) }
        lineBreak = Self.lineBreak(fd)
        capacity = chunkSize
        buffer = .allocate(capacity: capacity)
        index = .allocate(capacity: capacity)
        fields = FieldList()
        remaining = range?.count ?? Int.max
        if let range, range.lowerBound > 0, lseek(fd, off_t(range.lowerBound), SEEK_SET) < 0 {
            throw ImportFailure(.unreadable(String(cString: strerror(errno))))
        }
        try fill()
        let (detected, bom) = TextEncoding.detect(UnsafeRawBufferPointer(start: buffer, count: min(end, 1 << 20)))
        encoding = known ?? detected
        start = (range?.lowerBound ?? 0) == 0 ? bom : 0
    }

    /// Lines read so far (after the last record: the lines of the whole range).
    var linesRead: Int { nextLine - 1 }

    /// The size of the file in bytes (0 when the system cannot tell).
    var fileSize: Int {
        var info = stat()
        return fstat(fd, &info) == 0 ? Int(info.st_size) : 0
    }

    deinit {
        close(fd)
        buffer.deallocate()
        index.deallocate()
        fields.deallocate()
    }

    /// The next non-blank record, nil at the end of the file. The record points into the read
    /// buffer: it is valid until the next call.
    func next() throws(ImportFailure) -> CSVRecord? {
        while true {
            if start >= end && eof { return nil }
            if try parseRecord() {
                if fieldCount == 1 && fields.ends[0] == fields.starts[0] && !fields.escaped[0] { continue }
                return CSVRecord(buffer: buffer, starts: fields.starts, ends: fields.ends, escaped: fields.escaped,
                                 start: recordStart, end: start, count: fieldCount, line: recordLine,
                                 terminated: terminated, encoding: encoding, lineBreak: lineBreak, strayQuote: strayQuote)
            }
            try fill()
        }
    }

    // MARK: - Reading

    /// Moves the unparsed tail to the front, grows the buffer if one record fills it, and reads more.
    private func fill() throws(ImportFailure) {
        if start > 0 {
            memmove(buffer, buffer + start, end - start)
            end -= start
            start = 0
        }
        if end == capacity { grow() }
        while true {
            let n = read(fd, buffer + end, min(capacity - end, remaining))
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw ImportFailure(.unreadable(String(cString: strerror(errno)))) }
            end += n
            remaining -= n
            if n == 0 { eof = true }
            break
        }
        indexed = false
    }

    /// The structural bytes from `start` on, for a record the full parser reads. Where quotes never
    /// span lines (the official formats), a record ends with its line: only that line is indexed
    /// (about one row in sixty of the municipal file has a quote). Elsewhere the rest of the
    /// chunk is, once, and reused by the next such records.
    private func indexFromStart() {
        if !quotesSpanLines {
            let lineEnd = memchr(buffer + start, Int32(lineBreak), end - start).map { $0.assumingMemoryBound(to: UInt8.self) - buffer + 1 }
            indexCount = vigia_structural_index(buffer, start, lineEnd ?? end, index, lineBreak)
            cursor = 0
            return
        }
        if !indexed {
            indexCount = vigia_structural_index(buffer, start, end, index, lineBreak)
            cursor = 0
            indexed = true
        }
        while cursor < indexCount && Int(index[cursor]) < start { cursor += 1 }
    }

    private func grow() {
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        bigger.update(from: buffer, count: end)
        buffer.deallocate()
        buffer = bigger
        index.deallocate()
        index = .allocate(capacity: capacity * 2)
        capacity *= 2
    }

    /// `\r` when the first line break in the file's head is a CR with no LF after it, else `\n`.
    private static func lineBreak(_ fd: Int32) -> UInt8 {
        var head = [UInt8](repeating: 0, count: 1 << 16)
        let n = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0, let i = head[..<n].firstIndex(where: { $0 == newline || $0 == carriageReturn }),
              head[i] == carriageReturn else { return newline }
        let alone = i + 1 < n ? head[i + 1] != newline : n < head.count
        return alone ? carriageReturn : newline
    }

    // MARK: - Parsing

    /// Parses one record from `start`; false when the buffer ends first and more can be read.
    /// The hot loop of every import: a plain record (no quote) is read in C (`vigia_plain_record`),
    /// any other here, on locals only (class properties would be checked for exclusive access on
    /// every field).
    private func parseRecord() throws(ImportFailure) -> Bool {
        var next = 0
        let plain = vigia_plain_record(buffer, start, end, lineBreak, fields.starts, fields.ends, fields.escaped,
                                       fields.capacity, &next)
        if plain > 0 {
            fields.count = plain
            finish(at: next, cursor: cursor, lines: 1, terminated: true, fields: plain)
            return true
        }
        indexFromStart()
        let p = buffer, idx = index
        let limit = end, count = indexCount, atEOF = eof, spanLines = quotesSpanLines, nl = lineBreak
        var list = fields
        list.count = 0
        defer { fields = list }
        var i = start, k = cursor, lines = 0
        while true {
            var fieldStart = i, fieldEnd = -1, hasEscapes = false
            if i < limit, p[i] == Self.quote {
                // idx[k] is this opening quote; find the closing one.
                k += 1
                while true {
                    guard k < count else {
                        guard atEOF else { return false }
                        let quote = CSVRecord.position(of: i, in: p, recordStart: start, line: nextLine, lineBreak: nl,
                                                       encoding: encoding)
                        openQuote = quote
                        throw ImportFailure(.unterminatedQuote, line: quote.line)
                    }
                    let pos = Int(idx[k])
                    switch p[pos] {
                    case Self.quote:
                        if pos + 1 >= limit && !atEOF { return false }
                        if pos + 1 < limit && p[pos + 1] == Self.quote {
                            hasEscapes = true
                            k += 2
                            continue
                        }
                        fieldEnd = pos
                    case nl:
                        if !spanLines {
                            // A stray quote: the record ends with its line.
                            list.append(i + 1, pos > i + 1 && p[pos - 1] == Self.carriageReturn ? pos - 1 : pos, false)
                            finish(at: pos + 1, cursor: k + 1, lines: lines + 1, terminated: true, fields: list.count,
                                   strayQuote: true)
                            return true
                        }
                        lines += 1
                    case 0: throw ImportFailure(.binary, line: nextLine + lines)
                    default: break
                    }
                    k += 1
                    if fieldEnd >= 0 { break }
                }
                fieldStart = i + 1
                i = fieldEnd + 1
            }
            // Up to the delimiter; a quote inside an unquoted field is kept as text.
            var delimiter: UInt8 = 0, pos = 0
            while true {
                guard k < count else {
                    guard atEOF else { return false }
                    list.append(fieldStart, fieldEnd < 0 ? limit : fieldEnd, hasEscapes)
                    finish(at: limit, cursor: k, lines: lines, terminated: false, fields: list.count)
                    return true
                }
                pos = Int(idx[k])
                k += 1
                delimiter = p[pos]
                if delimiter == Self.comma || delimiter == nl { break }
                if delimiter == 0 { throw ImportFailure(.binary, line: nextLine + lines) }
            }
            if fieldEnd < 0 {
                fieldEnd = pos
                if delimiter == nl, fieldEnd > fieldStart, p[fieldEnd - 1] == Self.carriageReturn { fieldEnd -= 1 }
            }
            list.append(fieldStart, fieldEnd, hasEscapes)
            if delimiter == nl {
                finish(at: pos + 1, cursor: k, lines: lines + 1, terminated: true, fields: list.count)
                return true
            }
            i = pos + 1
        }
    }

    private func finish(at next: Int, cursor k: Int, lines: Int, terminated: Bool, fields n: Int, strayQuote: Bool = false) {
        fieldCount = n
        self.strayQuote = strayQuote
        recordLine = nextLine
        recordStart = start
        nextLine += lines
        self.terminated = terminated
        start = next
        cursor = k
    }
}

/// The field offsets of the current record; the parser works on a local copy.
private struct FieldList {
    private(set) var starts: UnsafeMutablePointer<Int>, ends: UnsafeMutablePointer<Int>
    private(set) var escaped: UnsafeMutablePointer<Bool>
    private(set) var capacity = 64
    var count = 0

    init() {
        starts = .allocate(capacity: capacity)
        ends = .allocate(capacity: capacity)
        escaped = .allocate(capacity: capacity)
    }

    @inline(__always)
    mutating func append(_ a: Int, _ b: Int, _ hasEscapes: Bool) {
        if count == capacity { grow() }
        starts[count] = a
        ends[count] = b
        escaped[count] = hasEscapes
        count += 1
    }

    private mutating func grow() {
        let n = capacity * 2
        let s = UnsafeMutablePointer<Int>.allocate(capacity: n), e = UnsafeMutablePointer<Int>.allocate(capacity: n)
        let q = UnsafeMutablePointer<Bool>.allocate(capacity: n)
        s.update(from: starts, count: capacity)
        e.update(from: ends, count: capacity)
        q.update(from: escaped, count: capacity)
        deallocate()
        (starts, ends, escaped, capacity) = (s, e, q, n)
    }

    func deallocate() {
        starts.deallocate(); ends.deallocate(); escaped.deallocate()
    }
}

/// One record of a CSV file: field byte ranges in the scanner's buffer, plus where it stood.
/// A value type of plain pointers, so importers read fields without touching the scanner object.
struct CSVRecord {
    fileprivate let buffer: UnsafeMutablePointer<UInt8>
    fileprivate let starts: UnsafeMutablePointer<Int>, ends: UnsafeMutablePointer<Int>
    fileprivate let escaped: UnsafeMutablePointer<Bool>
    /// The record's bytes in the buffer: from its first byte to just after its line break.
    fileprivate let start: Int, end: Int
    let count: Int
    /// The line the record starts on (1-based, the header is line 1).
    let line: Int
    /// False when the record ends at the end of the file without a line break.
    let terminated: Bool
    let encoding: TextEncoding
    let lineBreak: UInt8
    /// A quote opened a field and its line ended first (formats whose quotes never span lines):
    /// the record is that line, cut there, and is to be rejected.
    var strayQuote = false

    /// The record as the file has it, delimiters and line break included (to check its encoding).
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: buffer + start, count: end - start) }

    /// Field `i`'s bytes between its delimiters (quotes removed, `""` not unescaped), not trimmed.
    @inline(__always)
    func raw(_ i: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: buffer + starts[i], count: ends[i] - starts[i])
    }

    /// Whether field `i` holds a `""`: its text differs from its bytes.
    func isEscaped(_ i: Int) -> Bool { escaped[i] }

    /// Where field `i` begins, as an editor shows it: its opening quote when it is quoted.
    func position(ofField i: Int) -> (line: Int, column: Int) {
        let quoted = starts[i] > start && buffer[starts[i] - 1] == UInt8(ascii: "\"")
        return Self.position(of: quoted ? starts[i] - 1 : starts[i], in: buffer, recordStart: start, line: line,
                             lineBreak: lineBreak, encoding: encoding)
    }

    /// The 1-based line and column of the byte at `offset`, in a record that begins at `recordStart`
    /// on `line`. Columns count characters as editors do: Unicode scalars in UTF-8, bytes in cp1252.
    static func position(of offset: Int, in buffer: UnsafePointer<UInt8>, recordStart: Int, line: Int,
                         lineBreak: UInt8, encoding: TextEncoding) -> (line: Int, column: Int) {
        var line = line, lineStart = recordStart
        for k in recordStart..<offset where buffer[k] == lineBreak {
            line += 1
            lineStart = k + 1
        }
        var column = 1
        for k in lineStart..<offset where encoding == .cp1252 || buffer[k] & 0xC0 != 0x80 { column += 1 }
        return (line, column)
    }

    /// Field `i` decoded, unescaped and trimmed of spaces.
    func text(_ i: Int) -> String {
        let raw = encoding.decode(trimmed(i))
        return escaped[i] ? raw.replacingOccurrences(of: "\"\"", with: "\"") : raw
    }

    /// Field `i` without leading and trailing spaces (quotes removed, `""` not unescaped).
    @inline(__always)
    func trimmed(_ i: Int) -> UnsafeRawBufferPointer {
        var a = starts[i], b = ends[i]
        while a < b, buffer[a] == 32 { a += 1 }
        while b > a, buffer[b - 1] == 32 { b -= 1 }
        return UnsafeRawBufferPointer(start: buffer + a, count: b - a)
    }
}
