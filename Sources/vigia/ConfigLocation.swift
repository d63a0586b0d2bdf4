import Foundation
import VigiaCore

/// Where the configuration is, or, when there is none, every place `vigia` looked (`Locations`).
enum ConfigLocation: Sendable, Equatable {
    case directory(String)
    case notFound([Place])

    /// A folder searched, and why it was.
    struct Place: Sendable, Equatable {
        let path: String
        let origin: Origin
    }

    enum Origin: Sendable, Equatable {
        case currentFolder, besideExecutable, sharedBesideExecutable, userConfig

        func label(_ language: Language) -> String {
            switch (self, language) {
            case (.currentFolder, .en): "the current folder"
            case (.currentFolder, .es): "la carpeta actual"
            case (.besideExecutable, .en): "beside the executable"
            case (.besideExecutable, .es): "junto al ejecutable"
            case (.sharedBesideExecutable, .en): "../share/vigia/Config from the executable"
            case (.sharedBesideExecutable, .es): "../share/vigia/Config desde el ejecutable"
            case (.userConfig, .en): "$XDG_CONFIG_HOME/vigia, by default ~/.config/vigia"
            case (.userConfig, .es): "$XDG_CONFIG_HOME/vigia, por omisión ~/.config/vigia"
            }
        }
    }

    /// The folder, or the bad-input error that lists every place looked.
    func directory(_ language: Language) throws(CLIError) -> String {
        switch self {
        case .directory(let path): return path
        case .notFound(let places): throw CLIError.input(Self.notFoundMessage(places, language))
        }
    }

    static func notFoundMessage(_ places: [Place], _ language: Language) -> String {
        let rows: [(String, String)] = [
            ("--config DIR", language == .es ? "no se indicó" : "not given"),
            ("$VIGIA_CONFIG", language == .es ? "no definida" : "not set"),
        ] + places.map { ($0.path, $0.origin.label(language)) }
        let width = rows.map(\.0.count).max() ?? 0
        let list = rows.map { "  " + $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  (\($0.1))" }
        return switch language {
        case .en:
            (["vigia: error: no configuration found; looked in this order:"] + list
                + ["Give a folder with --config DIR or VIGIA_CONFIG, or copy the bundled Config/ folder to one of the folders above."])
                .joined(separator: "\n")
        case .es:
            (["vigia: error: no se encontró la configuración; se buscó en este orden:"] + list
                + ["Indique una carpeta con --config DIR o VIGIA_CONFIG, o copie la carpeta Config/ incluida a una de las carpetas de arriba."])
                .joined(separator: "\n")
        }
    }
}
