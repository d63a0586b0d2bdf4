import Foundation
import Testing
@testable import VigiaStore

/// The PostgreSQL server the tests may use: `$VIGIA_TEST_POSTGRES`, a URL to its `postgres`
/// database (`eval "$(Tests/Postgres/server.sh start)"` starts a throwaway one; `.ci/run` does).
/// Without it the PostgreSQL tests are skipped, and say so. With `VIGIA_TEST_STORE=postgres` as
/// well, every store test that uses an in-memory SQLite store runs against a new PostgreSQL
/// database instead: the same suite, on the other engine.
enum PostgresServer {
    static let url = ProcessInfo.processInfo.environment["VIGIA_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    static var available: Bool { url != nil }
    static let skipped: Comment = "PostgreSQL tests skipped: start a server with `eval \"$(Tests/Postgres/server.sh start)\"` (sets VIGIA_TEST_POSTGRES)"

    /// Whether in-memory fixture stores are PostgreSQL databases in this run.
    static var replacesInMemory: Bool { available && ProcessInfo.processInfo.environment["VIGIA_TEST_STORE"] == "postgres" }

    /// A new, empty database; its URL (as the same user, or as `user`).
    static func newDatabase(user: String? = nil) throws -> String {
        let name = "vigia_t_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        try admin { try $0.execute("CREATE DATABASE \(name)") }
        return location(database: name, user: user)
    }

    /// Runs statements as the server's superuser.
    static func admin<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        try body(try PostgresConnection(url!))
    }

    /// The admin URL with another database (and user): `postgresql://USER@HOST/DB?…`.
    static func location(database: String, user: String? = nil) -> String {
        let base = url!
        let (head, query) = base.firstIndex(of: "?").map { (String(base[..<$0]), String(base[$0...])) } ?? (base, "")
        var prefix = String(head[..<head.lastIndex(of: "/")!])
        if let user, let scheme = prefix.range(of: "://") {
            let authority = prefix[scheme.upperBound...]
            let host = authority.firstIndex(of: "@").map { authority[authority.index(after: $0)...] } ?? authority
            prefix = String(prefix[..<scheme.upperBound]) + user + "@" + host
        }
        return prefix + "/" + database + query
    }
}
