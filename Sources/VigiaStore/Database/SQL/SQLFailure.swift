/// An engine's error, with PostgreSQL's SQLSTATE when there is one (`42501`: the role may not do this).
struct SQLFailure: Error, CustomStringConvertible {
    let message: String
    let state: String?

    init(_ message: String, state: String? = nil) {
        self.message = message
        self.state = state
    }

    var description: String { message }

    /// The database user lacks the privilege (a reader role asked to import).
    var isPermissionDenied: Bool { state == "42501" }
}
