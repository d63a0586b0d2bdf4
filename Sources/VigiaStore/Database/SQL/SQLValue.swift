/// A value bound to a statement, the same for either engine.
enum SQLValue: Sendable {
    case integer(Int64)
    case real(Double)
    case text(String)
    case null
}
