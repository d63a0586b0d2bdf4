import Foundation
import Testing

/// End to end: `vigia` installed in a `bin` folder and run from anywhere — where it finds its
/// configuration, where it keeps its database, `--version`, and the shell completions.
@Suite(.serialized)
struct InstallTests {
    static let asOf = "2026-06-30"

    /// A folder laid out as an install: `opt/bin/vigia` (a copy of the binary), `opt/share/vigia/Config`
    /// (a copy of the bundled one), `bin/vigia` a symbolic link to the copy, and empty `work/`,
    /// `config-home/` and `data-home/` for the current folder and the XDG homes.
    final class Install {
        let dir: TemporaryDirectory
        var root: URL { dir.url }
        var linked: URL { root.appendingPathComponent("bin/vigia") }
        var sharedConfig: URL { root.appendingPathComponent("opt/share/vigia/Config") }
        var work: URL { root.appendingPathComponent("work") }
        var configHome: URL { root.appendingPathComponent("config-home") }
        var dataHome: URL { root.appendingPathComponent("data-home") }

        init(withConfig: Bool = true) throws {
            dir = try TemporaryDirectory()
            let fm = FileManager.default
            for folder in ["opt/bin", "opt/share/vigia", "bin", "work", "config-home", "data-home"] {
                try fm.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            let copy = root.appendingPathComponent("opt/bin/vigia")
            try fm.copyItem(at: VigiaProcess.binary, to: copy)
            try fm.createSymbolicLink(at: linked, withDestinationURL: copy)
            if withConfig {
                try fm.copyItem(at: VigiaProcess.root.appendingPathComponent("Config"), to: sharedConfig)
            }
        }

        /// No `--config`, no `$VIGIA_CONFIG`, no `$VIGIA_DB`: only the search decides.
        var environment: [String: String] {
            ["VIGIA_CONFIG": "", "VIGIA_DB": "", "XDG_CONFIG_HOME": configHome.path, "XDG_DATA_HOME": dataHome.path]
        }

        func run(_ arguments: [String], environment extra: [String: String] = [:], in folder: URL? = nil) throws -> VigiaProcess.Result {
            try VigiaProcess.run(arguments, environment: environment.merging(extra) { $1 }, in: folder ?? work, executable: linked)
        }
    }

    static func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

    @Test func versionIsPrinted() throws {
        let r = try VigiaProcess.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.range(of: #"^vigia \d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(r.stdout)")
        #expect(r.stderr.isEmpty)
    }

    @Test func withNoConfigurationEveryPlaceLookedIsListed() throws {
        let install = try Install(withConfig: false)
        let en = try install.run(["--snapshot"])
        #expect(en.status == 1)
        #expect(en.stdout.isEmpty)
        let lines = en.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "vigia: error: no configuration found; looked in this order:")
        let places = lines.dropFirst().prefix(6).map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(places.count == 6)
        guard places.count == 6 else { return }
        #expect(places[0].hasPrefix("--config DIR") && places[0].hasSuffix("(not given)"))
        #expect(places[1].hasPrefix("$VIGIA_CONFIG") && places[1].hasSuffix("(not set)"))
        #expect(places[2].contains("/work/Config ") && places[2].hasSuffix("(the current folder)"))
        // The executable's folder is the link's target: symbolic links are resolved.
        #expect(places[3].contains("/opt/bin/Config ") && places[3].hasSuffix("(beside the executable)"))
        #expect(places[4].contains("/opt/share/vigia/Config ") && places[4].hasSuffix("(../share/vigia/Config from the executable)"))
        #expect(!en.stderr.contains(install.root.appendingPathComponent("bin/Config").path))
        #expect(places[5].hasPrefix(install.configHome.appendingPathComponent("vigia").path + " "))
        #expect(places[5].hasSuffix("($XDG_CONFIG_HOME/vigia, by default ~/.config/vigia)"))
        #expect(lines.last?.hasPrefix("Give a folder with --config DIR or VIGIA_CONFIG") == true)
        #expect(!Self.exists(install.work.appendingPathComponent("data")))

        let es = try install.run(["validate", "--lang", "es"])
        #expect(es.status == 1)
        #expect(es.stderr.hasPrefix("vigia: error: no se encontró la configuración; se buscó en este orden:\n"))
        for label in ["(no se indicó)", "(no definida)", "(la carpeta actual)", "(junto al ejecutable)",
                      "(../share/vigia/Config desde el ejecutable)", "($XDG_CONFIG_HOME/vigia, por omisión ~/.config/vigia)"] {
            #expect(es.stderr.contains(label), "\(label)")
        }
        #expect(es.stderr.contains(install.configHome.appendingPathComponent("vigia").path))
        let fromLANG = try install.run(["validate"], environment: ["LANG": "es_MX.UTF-8"])
        #expect(fromLANG.stderr == es.stderr)
    }

    @Test func theConfigurationBesideTheInstalledBinaryIsFoundAndTheDatabaseGoesToXDGData() throws {
        let install = try Install()
        let validate = try install.run(["validate"])
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stdout.hasSuffix("opt/share/vigia/Config: OK — 4 goals, 21 indicators, 11 targets, 652 observations, 1409 population estimates, 2 decisions, 9 events\n"),
                "\(validate.stdout)")

        let snapshot = try install.run(["--snapshot", "--as-of", Self.asOf])
        #expect(snapshot.status == 0, "\(snapshot.stderr)")
        #expect(snapshot.stdout.contains("Vigía Overview"))
        #expect(Self.exists(install.dataHome.appendingPathComponent("vigia/vigia.sqlite")))
        #expect(!Self.exists(install.work.appendingPathComponent("data")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: install.work.path).isEmpty)
    }

    @Test func vigiaConfigFromAnyFolderKeepsTheDatabaseInXDGData() throws {
        let install = try Install(withConfig: false)
        let r = try install.run(["--snapshot", "--format", "json", "--as-of", Self.asOf],
                                environment: ["VIGIA_CONFIG": VigiaProcess.root.appendingPathComponent("Config").path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"asOf\": \"\(Self.asOf)\""))
        #expect(Self.exists(install.dataHome.appendingPathComponent("vigia/vigia.sqlite")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: install.work.path).isEmpty)
    }

    @Test func aConfigInTheCurrentFolderComesFirstAndKeepsItsDatabaseBesideIt() throws {
        let install = try Install()
        let checkout = try TemporaryDirectory()
        _ = try checkout.copyOfBundledConfig()
        let validate = try install.run(["validate"], in: checkout.url)
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stdout.hasPrefix("Config: OK — "), "\(validate.stdout)")
        let snapshot = try install.run(["--snapshot", "--as-of", Self.asOf], in: checkout.url)
        #expect(snapshot.status == 0, "\(snapshot.stderr)")
        #expect(Self.exists(checkout.url.appendingPathComponent("data/vigia.sqlite")))
        #expect(!Self.exists(install.dataHome.appendingPathComponent("vigia")))
    }

    @Test func completionScriptsAreGeneratedForBashZshAndFish() throws {
        let markers = ["bash": "complete -o filenames -F _vigia vigia", "zsh": "#compdef vigia", "fish": "complete -c 'vigia'"]
        for (shell, marker) in markers {
            let r = try VigiaProcess.run(["--generate-completion-script", shell])
            #expect(r.status == 0, "\(shell): \(r.stderr)")
            #expect(r.stdout.contains(marker), "\(shell)")
            // Options and subcommands are all there, with the values the enumerations take.
            for word in ["snapshot", "config", "as-of", "fail-on", "validate", "targets", "import", "markdown"] {
                #expect(r.stdout.contains(word), "\(shell): \(word)")
            }
        }
    }

    /// The man page (docs/man/vigia.1) is generated from these texts, and the generator drops
    /// every character that is not ASCII: they stay ASCII, with a value list for every choice.
    @Test func helpTextsAreASCIIForTheManPage() throws {
        let r = try VigiaProcess.run(["--experimental-dump-help"])
        #expect(r.status == 0)
        let strange = Set(r.stdout.unicodeScalars.filter { !$0.isASCII }).map { String($0) }
        #expect(strange.isEmpty, "\(strange)")
        for described in ["moving-away", "markdown", "sesnsp-municipal", "always"] {
            #expect(r.stdout.contains("\"\(described)\" : \"") || r.stdout.contains("\"\(described)\":\""), "\(described)")
        }
    }

    @Test func theBashCompletionLoads() throws {
        let bash = URL(fileURLWithPath: "/bin/bash")
        guard FileManager.default.isExecutableFile(atPath: bash.path) else { return }
        let process = Process()
        process.executableURL = bash
        process.arguments = ["-c", #"source <("$VIGIA" --generate-completion-script bash) && complete -p vigia"#]
        process.environment = ["VIGIA": VigiaProcess.binary.path, "PATH": "/usr/bin:/bin"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text == "complete -o filenames -F _vigia vigia\n")
    }
}
