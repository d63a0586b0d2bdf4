/// A content hash, known or on its way.
enum ContentDigest {
    case known(String)
    case pending(BackgroundHash)

    func value() throws(ImportFailure) -> String {
        switch self {
        case .known(let hex): hex
        case .pending(let hash): try hash.wait()
        }
    }

    /// Ends any hashing still under way: nothing may run on after the import that started it.
    func settle() {
        if case .pending(let hash) = self { hash.abandon() }
    }
}
