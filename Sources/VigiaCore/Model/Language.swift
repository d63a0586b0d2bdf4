/// The two languages every user-facing string exists in.
public enum Language: String, Sendable, CaseIterable {
    case en, es

    /// Picks the language from a POSIX locale string such as `LANG=es_MX.UTF-8`.
    public init(locale: String?) {
        self = (locale ?? "").lowercased().hasPrefix("es") ? .es : .en
    }
}

/// A text given in both languages, as names and units are in the configuration.
public struct LocalizedText: Hashable, Sendable {
    public var en: String
    public var es: String

    public init(en: String, es: String) {
        self.en = en
        self.es = es
    }

    public subscript(language: Language) -> String {
        switch language {
        case .en: en
        case .es: es
        }
    }
}
