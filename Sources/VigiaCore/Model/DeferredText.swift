/// A text in both languages that is worded when it is read, not when it is made.
///
/// Flag messages quote their numbers in English and Spanish; at municipal scale ten thousand
/// series are flagged per evaluation, and most of those messages are never shown. Wording them
/// on demand keeps evaluation to arithmetic; the text read is the same either way.
public struct DeferredText: Sendable, Hashable, CustomStringConvertible {
    private let make: @Sendable (Language) -> String

    public init(_ make: @escaping @Sendable (Language) -> String) {
        self.make = make
    }

    public subscript(language: Language) -> String { make(language) }
    public var en: String { make(.en) }
    public var es: String { make(.es) }

    /// Both languages, worded now.
    public var localized: LocalizedText { LocalizedText(en: en, es: es) }

    public var description: String { en }

    /// Equal when they read the same in both languages.
    public static func == (a: DeferredText, b: DeferredText) -> Bool { a.localized == b.localized }

    public func hash(into hasher: inout Hasher) { hasher.combine(localized) }
}
