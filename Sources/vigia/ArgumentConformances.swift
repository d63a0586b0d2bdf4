import ArgumentParser
import VigiaCore

/// Core types parsed straight from the command line: `--lang en|es`, dates as `YYYY-MM-DD`.
extension Language: ExpressibleByArgument {
    public static var allValueDescriptions: [String: String] { ["en": "English.", "es": "Spanish."] }
}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}
