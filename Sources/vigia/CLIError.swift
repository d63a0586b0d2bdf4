import Foundation

/// An error the user can act on: a message for stderr and the contract's exit code.
struct CLIError: Error {
    let message: String
    let code: Int32

    static func input(_ message: String) -> CLIError { CLIError(message: message, code: 1) }
    static func usage(_ message: String) -> CLIError { CLIError(message: message, code: 2) }
}
