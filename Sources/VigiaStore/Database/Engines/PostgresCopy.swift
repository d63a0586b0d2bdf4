import CLibPQ

/// Observation rows through `COPY … FROM STDIN` (text format), the bulk path PostgreSQL is built
/// for: one statement, rows streamed in large chunks, no per-row round trip or parse.
final class PostgresCopy: ObservationWriting {
    private static let chunk = 1 << 18
    private let connection: PostgresConnection
    private let batch: String
    private var buffer: [UInt8] = []
    private var started = false

    init(_ connection: PostgresConnection, batch: Int64) throws {
        self.connection = connection
        self.batch = String(batch)
        buffer.reserveCapacity(Self.chunk + 4096)
    }

    func add(_ series: Int64, _ period: String, _ partial: Bool, _ value: Double, _ source: String?, _ note: String?,
             published: String?, confidence: String?) throws {
        append(String(series)); tab()
        field(period); tab()
        append(partial ? "1" : "0"); tab()
        append(batch); tab()
        number(value); tab()
        field(source); tab()
        field(note); tab()
        field(published); tab()
        field(confidence)
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= Self.chunk { try flush() }
    }

    func finish() throws {
        if !buffer.isEmpty { try flush() }
        if started {
            connection.openCopy = nil
            try end()
        }
    }

    /// Ends the COPY in progress and reads its outcome.
    func end() throws(SQLFailure) {
        started = false
        guard PQputCopyEnd(connection.handle, nil) == 1 else { throw failure() }
        var problem: SQLFailure? = nil
        while let result = PQgetResult(connection.handle) {
            do { try connection.check(result) } catch { problem = problem ?? error; continue }
            PQclear(result)
        }
        if let problem { throw problem }
    }

    private func flush() throws {
        if !started {
            try connection.execute("COPY observation (\(ObservationColumns.list)) FROM STDIN")
            started = true
            connection.openCopy = self
        }
        let sent = buffer.withUnsafeBufferPointer { bytes in
            bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                PQputCopyData(connection.handle, $0, Int32(bytes.count))
            }
        }
        guard sent == 1 else { throw failure() }
        buffer.removeAll(keepingCapacity: true)
    }

    private func failure() -> SQLFailure {
        SQLFailure(PostgresConnection.clean(String(cString: PQerrorMessage(connection.handle))))
    }

    private func tab() { buffer.append(UInt8(ascii: "\t")) }

    private func append(_ text: String) { buffer.append(contentsOf: text.utf8) }

    /// A whole number as an integer (most figures are counts: the shortest form of a double is
    /// slower to make), anything else in its shortest form; PostgreSQL reads back the same double.
    private func number(_ value: Double) {
        if value.rounded(.towardZero) == value, value.magnitude < 1e15, !(value == 0 && value.sign == .minus) {
            append(String(Int64(value)))
        } else {
            append(value.description)
        }
    }

    /// COPY's text format: `\N` is NULL; backslash, tab, newline and carriage return are escaped.
    private func field(_ text: String?) {
        guard let text else { buffer.append(contentsOf: "\\N".utf8); return }
        if !text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == 9 || $0 == 10 || $0 == 13 }) {
            buffer.append(contentsOf: text.utf8)
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\t"): buffer.append(contentsOf: "\\t".utf8)
            case UInt8(ascii: "\n"): buffer.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): buffer.append(contentsOf: "\\r".utf8)
            default: buffer.append(byte)
            }
        }
    }
}
