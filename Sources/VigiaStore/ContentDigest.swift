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
}
