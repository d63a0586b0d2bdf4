import Foundation
import VigiaStore

/// Where `vigia` looks for its configuration and keeps its database, so that a copy installed in
/// a `bin` folder works from any folder, and a development checkout keeps working as it always has.
///
/// The configuration: the first of
/// 1. `--config DIR`, then `$VIGIA_CONFIG`: used as given, even when missing (the error names it);
/// 2. `./Config` in the current folder;
/// 3. `Config` beside the executable;
/// 4. `../share/vigia/Config` from the executable's folder (e.g. `~/.local/bin` → `~/.local/share/vigia/Config`);
/// 5. `$XDG_CONFIG_HOME/vigia`, by default `~/.config/vigia`;
/// that is a folder. The executable's path has its symbolic links resolved.
///
/// The database: `--db`, then `$VIGIA_DB`; `./data/vigia.sqlite` when the current folder has a
/// `Config/` (a checkout); otherwise `$XDG_DATA_HOME/vigia/vigia.sqlite`, by default
/// `~/.local/share/vigia/vigia.sqlite`.
struct Locations: Sendable {
    let environment: [String: String]
    /// Absolute.
    let currentDirectory: String
    /// The running executable with its symbolic links resolved; nil when it cannot be told.
    let executable: String?

    /// The places of this process.
    static func current(environment: [String: String]) -> Locations {
        Locations(environment: environment, currentDirectory: FileManager.default.currentDirectoryPath,
                  executable: executablePath())
    }

    /// The configuration folder for `option` (`--config`), or every place looked.
    func config(option: String?) -> ConfigLocation {
        if let option, !option.isEmpty { return .directory(option) }
        if let env = environment["VIGIA_CONFIG"], !env.isEmpty { return .directory(env) }
        let candidates = searched
        if let first = candidates.first(where: { Self.isDirectory($0.path) }) {
            // The current folder's Config stays relative: messages read `Config/targets.yaml:3:1`.
            return .directory(first.origin == .currentFolder ? "Config" : first.path)
        }
        return .notFound(candidates)
    }

    /// The default database when neither `--db` nor `$VIGIA_DB` is given.
    var defaultDatabase: String {
        if Self.isDirectory(absolute("Config")) { return Store.defaultPath }
        return dataHome + "/vigia/vigia.sqlite"
    }

    /// The folders searched after `--config` and `$VIGIA_CONFIG`, in order.
    var searched: [ConfigLocation.Place] {
        var places = [ConfigLocation.Place(path: absolute("Config"), origin: .currentFolder)]
        if let executable {
            let folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
            places.append(.init(path: folder.appendingPathComponent("Config").path, origin: .besideExecutable))
            places.append(.init(path: folder.appendingPathComponent("../share/vigia/Config").standardized.path,
                                origin: .sharedBesideExecutable))
        }
        places.append(.init(path: configHome + "/vigia", origin: .userConfig))
        var seen = Set<String>()
        return places.filter { seen.insert($0.path).inserted }
    }

    /// `$XDG_CONFIG_HOME`, or `~/.config` (the variable counts only when it is an absolute path).
    var configHome: String { xdg("XDG_CONFIG_HOME", default: ".config") }

    /// `$XDG_DATA_HOME`, or `~/.local/share`.
    var dataHome: String { xdg("XDG_DATA_HOME", default: ".local/share") }

    private func xdg(_ variable: String, default relative: String) -> String {
        if let value = environment[variable], value.hasPrefix("/") { return value }
        return home + "/" + relative
    }

    private var home: String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        return NSHomeDirectory()
    }

    private func absolute(_ relative: String) -> String {
        URL(fileURLWithPath: currentDirectory).appendingPathComponent(relative).path
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// `/proc/self/exe` on Linux; elsewhere the path the process was started with. Symbolic links resolved.
    private static func executablePath() -> String? {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        #endif
        guard let path = Bundle.main.executablePath ?? CommandLine.arguments.first, path.contains("/") else { return nil }
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
