import VigiaCore

/// What every widget needs besides its data: the language and the characters it may use.
public struct RenderContext: Sendable, Hashable {
    public var language: Language
    public var glyphs: Glyphs

    public init(language: Language = .en, glyphs: Glyphs = .unicode) {
        self.language = language
        self.glyphs = glyphs
    }

    public func text(_ phrase: Phrase) -> String { phrase.text(language) }
}
