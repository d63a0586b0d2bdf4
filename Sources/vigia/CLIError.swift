import Foundation

/// An error the user can act on: a message for stderr and the contract's exit code.
struct CLIError: Error {
    let message: String
    let code: Int32

    static func input(_ message: String) -> CLIError { CLIError(message: message, code: 1) }
    static func usage(_ message: String) -> CLIError { CLIError(message: message, code: 2) }
}

/// Writes to the standard streams; stdout for results, stderr for everything about them.
enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    }

    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
