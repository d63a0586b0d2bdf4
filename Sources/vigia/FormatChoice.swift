import ArgumentParser
import VigiaConfig

/// `--format`: a format, or `auto`.
enum FormatChoice: ExpressibleByArgument, Equatable {
    case auto
    case format(ImportFormat)

    init?(argument: String) {
        if argument == "auto" { self = .auto; return }
        guard let format = ImportFormat(rawValue: argument) else { return nil }
        self = .format(format)
    }

    var format: ImportFormat? {
        if case .format(let f) = self { return f }
        return nil
    }

    static var allValueStrings: [String] { ["auto"] + ImportFormat.allCases.map(\.rawValue) }
}
