import Foundation
import VigiaCore

/// An error the user can act on: a message for stderr and the contract's exit code.
struct CLIError: Error {
    let message: String
    let code: Int32
    /// The message in both languages, when it was made in both: the TUI's banner follows `L`.
    var localized: LocalizedText? = nil

    static func input(_ message: String) -> CLIError { CLIError(message: message, code: 1) }
    static func usage(_ message: String) -> CLIError { CLIError(message: message, code: 2) }

    /// Bad input whose message exists in both languages; `language` picks the one for stderr.
    static func input(_ messages: LocalizedText, _ language: Language) -> CLIError {
        CLIError(message: messages[language], code: 1, localized: messages)
    }
}
