import VigiaCore

/// The observation table's columns in the order both bulk writers send them (SQLite's
/// multi-row insert, PostgreSQL's COPY) and the reader reads them: one list, so the engines
/// cannot drift apart.
enum ObservationColumns {
    static let names = ["series", "period", "partial", "batch", "value", "source", "note", "published", "confidence"]
    static let list = names.joined(separator: ", ")
    static var count: Int { names.count }

    /// A grade as stored: NULL is `high` (every row written before grades existed), so only the
    /// weaker grades take room.
    static func stored(_ grade: Confidence) -> String? { grade == .high ? nil : grade.rawValue }

    /// A stored grade read back; an unknown word (a hand-edited database) reads as `low`, the safe side.
    static func grade(_ text: String?) -> Confidence { text.map { Confidence(rawValue: $0) ?? .low } ?? .high }
}
