import ArgumentParser
import VigiaCore

/// Core types parsed straight from the command line: `--lang en|es`, dates as `YYYY-MM-DD`.
extension Language: ExpressibleByArgument {}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}
