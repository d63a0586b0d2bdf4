import ArgumentParser
import Foundation

/// When the text report carries ANSI colour.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    static var allValueDescriptions: [String: String] {
        ["auto": "Colour when writing to a terminal and NO_COLOR is not set.",
         "always": "Colour even in a file or a pipe.",
         "never": "No colour."]
    }

    func enabled(writingTo output: String?) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: output == nil && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        }
    }
}
