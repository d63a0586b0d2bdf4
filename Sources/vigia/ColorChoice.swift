import ArgumentParser
import Foundation

/// When the text report carries ANSI colour.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    func enabled(writingTo output: String?) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: output == nil && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        }
    }
}
