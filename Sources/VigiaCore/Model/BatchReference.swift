/// The import batch a figure came from, as reports name it: the file and its SHA-256. Never who
/// imported it or when: the same imports give the same report, whoever ran them and whenever.
///
/// Its two texts sit in one shared box: every observation from the store holds its batch, and
/// one reference (8 bytes, one retain a copy) kept a municipal series' observations 24 bytes
/// smaller each than two strings did. Equal and hashed by the texts.
public struct BatchReference: Hashable, Sendable {
    private let box: Box

    public var file: String { box.file }
    public var sha256: String { box.sha256 }

    public init(file: String, sha256: String) {
        box = Box(file: file, sha256: sha256)
    }

    public static func == (a: BatchReference, b: BatchReference) -> Bool {
        a.box === b.box || (a.box.file == b.box.file && a.box.sha256 == b.box.sha256)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(box.file)
        hasher.combine(box.sha256)
    }

    private final class Box: Sendable {
        let file: String
        let sha256: String

        init(file: String, sha256: String) {
            self.file = file
            self.sha256 = sha256
        }
    }
}
