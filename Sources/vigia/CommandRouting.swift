import ArgumentParser

/// Sends `vigia import …` straight to `Import`.
///
/// ArgumentParser lets every command on the path decode the whole argument list, parent first,
/// and a parent consumes the options it knows. The root command's report `--format text|json`
/// would then swallow (and reject) `vigia import FILE --format cbp-drugs`. Parsing `import` on its
/// own avoids the clash without renaming either contract option.
enum CommandRouting {
    /// Root options that take a value: the token after them is not a subcommand name.
    static let valued: Set<String> = ["--config", "--db", "--lang", "--format", "--width", "--output", "--as-of", "--indicator"]

    /// The command type that parses `arguments`.
    static func commandType(_ arguments: [String]) -> ParsableCommand.Type {
        importIndex(arguments) == nil ? Vigia.self : Import.self
    }

    static func parse(_ arguments: [String]) throws -> ParsableCommand {
        guard let i = importIndex(arguments) else { return try Vigia.parseAsRoot(arguments) }
        return try Import.parseAsRoot(Array(arguments[..<i]) + Array(arguments[(i + 1)...]))
    }

    /// Where the `import` subcommand name stands, if it is the subcommand.
    static func importIndex(_ arguments: [String]) -> Int? {
        var i = 0
        while i < arguments.count {
            let token = arguments[i]
            if token == "import" { return i }
            guard token.hasPrefix("-") else { return nil }
            if valued.contains(token) { i += 1 }
            i += 1
        }
        return nil
    }
}
