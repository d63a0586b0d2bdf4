#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import VigiaCore
import VigiaRender

/// Writes to the standard streams; stdout for results, stderr for everything about them.
/// Both go through `write(2)`: a closed stream or a full disk (`> /dev/full`) is an error the
/// command reports (exit 1), never a trap in Foundation's non-throwing `FileHandle.write`.
enum Terminal {
    /// A message about the run. Every byte that reaches the terminal is cleaned of control
    /// characters: diagnostics quote config keys and data cells, which may hold ESC or OSC 52.
    /// A failure to write stderr cannot be reported anywhere, and is ignored.
    static func error(_ message: String) {
        let text = Sanitizer.clean(message.hasSuffix("\n") ? message : message + "\n")
        _ = try? writeAll(text, to: STDERR_FILENO)
    }

    /// A result on stdout; throws the bad-input error when it cannot be written.
    static func output(_ text: String, _ language: Language) throws {
        do {
            try writeAll(text, to: STDOUT_FILENO)
        } catch {
            let reason = String(cString: strerror(error.code))
            throw CLIError.input(language == .es ? "vigia: error: no se puede escribir en la salida estándar: \(reason)"
                                                 : "vigia: error: cannot write to standard output: \(reason)")
        }
    }

    struct WriteFailure: Error { let code: Int32 }

    private static func writeAll(_ text: String, to fd: Int32) throws(WriteFailure) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw WriteFailure(code: errno)
            }
            offset += n
        }
    }
}
