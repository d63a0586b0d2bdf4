import CLibPQ
import Foundation

/// One libpq connection. Statements take `?` placeholders (the store's SQL is shared with
/// SQLite) and are sent as `$1, $2, …`; every value travels as text, and results come back as
/// text: PostgreSQL prints a double in its shortest exact form, which parses back to the same
/// bits, so both engines hand the reader identical figures.
final class PostgresConnection: SQLConnection {
    let handle: OpaquePointer
    /// A COPY in progress: ended before any other statement (a statement sent during a COPY ends
    /// it with an error), and started again by the writer's next rows.
    var openCopy: PostgresCopy?

    init(_ conninfo: String) throws(SQLFailure) {
        guard let handle = PQconnectdb(conninfo) else { throw SQLFailure("out of memory") }
        self.handle = handle
        guard PQstatus(handle) == CONNECTION_OK else {
            // Thrown after every property is set: deinit finishes the handle.
            let message = Self.clean(String(cString: PQerrorMessage(handle)))
            throw SQLFailure(message, state: "08001")
        }
        try? execute("SET client_encoding = 'UTF8'; SET extra_float_digits = 1; SET client_min_messages = warning")
    }

    deinit { PQfinish(handle) }

    func execute(_ sql: String, _ arguments: [SQLValue]) throws {
        let result = try run(sql, arguments)
        PQclear(result)
    }

    func forEachRow(_ sql: String, _ arguments: [SQLValue], _ body: (any SQLRow) throws -> Void) throws {
        let result = try run(sql, arguments)
        defer { PQclear(result) }
        for i in 0..<PQntuples(result) {
            try body(Row(result: result, row: i))
        }
    }

    func observationWriter(batch: Int64) throws -> any ObservationWriting {
        try PostgresCopy(self, batch: batch)
    }

    func announceBatch() throws {
        try execute("SELECT pg_notify('\(PostgresEngine.channel)', '')")
    }

    /// Runs one statement (or, without arguments, several); throws the server's message and SQLSTATE.
    func run(_ sql: String, _ arguments: [SQLValue]) throws(SQLFailure) -> OpaquePointer {
        if let copy = openCopy {
            openCopy = nil
            try copy.end()
        }
        let result: OpaquePointer?
        if arguments.isEmpty {
            result = PQexec(handle, sql)
        } else {
            let texts: [String?] = arguments.map {
                switch $0 {
                case .integer(let i): String(i)
                case .real(let d): "\(d)"
                case .text(let s): s
                case .null: nil
                }
            }
            result = Self.withCStrings(texts) { pointers in
                PQexecParams(handle, Self.numbered(sql), Int32(pointers.count), nil, pointers, nil, nil, 0)
            }
        }
        guard let result else { throw SQLFailure(Self.clean(String(cString: PQerrorMessage(handle)))) }
        try check(result)
        return result
    }

    /// Throws (and frees the result) unless it succeeded.
    func check(_ result: OpaquePointer) throws(SQLFailure) {
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_COPY_IN, PGRES_EMPTY_QUERY: return
        default:
            let message = Self.clean(String(cString: PQresultErrorMessage(result)))
            let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
            PQclear(result)
            throw SQLFailure(message, state: state)
        }
    }

    /// `?` → `$1, $2, …`, outside quoted text and identifiers.
    static func numbered(_ sql: String) -> String {
        var out = "", n = 0, quote: Character? = nil
        for c in sql {
            if let q = quote {
                if c == q { quote = nil }
                out.append(c)
            } else if c == "'" || c == "\"" {
                quote = c
                out.append(c)
            } else if c == "?" {
                n += 1
                out += "$\(n)"
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// libpq's messages end in a newline and start with "ERROR:  ".
    static func clean(_ message: String) -> String {
        var text = message.trimmingCharacters(in: .whitespacesAndNewlines)
        for prefix in ["ERROR:  ", "FATAL:  "] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        return text.split(separator: "\n").first.map(String.init) ?? text
    }

    private static func withCStrings<R>(_ texts: [String?], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
        let copies = texts.map { $0.map { strdup($0)! } }
        defer { copies.forEach { free($0) } }
        return body(copies.map { $0.map { UnsafePointer($0) } })
    }

    private struct Row: SQLRow {
        let result: OpaquePointer
        let row: Int32

        func isNull(_ column: Int) -> Bool { PQgetisnull(result, row, Int32(column)) == 1 }
        func integer(_ column: Int) -> Int64 { strtoll(PQgetvalue(result, row, Int32(column)), nil, 10) }
        func real(_ column: Int) -> Double { strtod(PQgetvalue(result, row, Int32(column)), nil) }

        func text(_ column: Int) -> String? {
            isNull(column) ? nil : String(cString: PQgetvalue(result, row, Int32(column)))
        }

        func withBytes<T>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
            let start = PQgetvalue(result, row, Int32(column)).map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) }
            return try body(UnsafeBufferPointer(start: start, count: Int(PQgetlength(result, row, Int32(column)))))
        }
    }
}
