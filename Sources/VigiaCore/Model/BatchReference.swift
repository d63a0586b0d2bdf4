/// The import batch a figure came from, as reports name it: the file and its SHA-256. Never who
/// imported it or when: the same imports give the same report, whoever ran them and whenever.
public struct BatchReference: Hashable, Sendable {
    public let file: String
    public let sha256: String

    public init(file: String, sha256: String) {
        self.file = file
        self.sha256 = sha256
    }
}
