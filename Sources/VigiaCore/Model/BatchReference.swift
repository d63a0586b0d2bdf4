/// The import batch a figure came from, as reports name it: the file and its SHA-256. Never who
/// imported it or when: the same imports give the same report, whoever ran them and whenever.
///
/// Its two texts are one `SharedValue`: every observation from the store holds its batch, and one
/// reference (8 bytes, one retain a copy) kept a municipal series' observations 24 bytes smaller
/// each than two strings did.
public struct BatchReference: Hashable, Sendable {
    private let texts: SharedValue<Texts>

    public var file: String { texts.value.file }
    public var sha256: String { texts.value.sha256 }

    public init(file: String, sha256: String) {
        texts = SharedValue(Texts(file: file, sha256: sha256))
    }

    private struct Texts: Hashable, Sendable {
        let file: String
        let sha256: String
    }
}
