import ArgumentParser
import Foundation

// Exit codes are part of the contract (design.md): 0 ok, 1 bad input or runtime error,
// 2 usage error, 3 a --fail-on condition holds. ArgumentParser's own usage code (64) is mapped to 2.
let arguments = Array(CommandLine.arguments.dropFirst())
do {
    var command = try CommandRouting.parse(arguments)
    try command.run()
    exit(0)
} catch let error as CLIError {
    Terminal.error(error.message)
    exit(error.code)
} catch {
    let type = CommandRouting.commandType(arguments)
    let code = type.exitCode(for: error)
    let message = type.fullMessage(for: error)
    if code == .success {
        print(message)
        exit(0)
    }
    Terminal.error(message)
    exit(code == .validationFailure ? 2 : (code.rawValue == 0 ? 1 : code.rawValue))
}
