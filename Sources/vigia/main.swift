import ArgumentParser
import Foundation

// Exit codes are part of the contract (design.md): 0 ok, 1 bad input or runtime error,
// 2 usage error, 3 a --fail-on condition holds. ArgumentParser's own usage code (64) is mapped to 2.
do {
    var command = try Vigia.parseAsRoot()
    try command.run()
    exit(0)
} catch let error as CLIError {
    Terminal.error(error.message)
    exit(error.code)
} catch {
    let code = Vigia.exitCode(for: error)
    let message = Vigia.fullMessage(for: error)
    if code == .success {
        print(message)
        exit(0)
    }
    Terminal.error(message)
    exit(code == .validationFailure ? 2 : (code.rawValue == 0 ? 1 : code.rawValue))
}
