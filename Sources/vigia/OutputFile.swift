import VigiaConfig

/// Writes a report to stdout, or to a file atomically: a reader never sees half a report.
enum OutputFile {
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            Terminal.output(text)
            return
        }
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            throw CLIError.input("vigia: error: \(error)")
        }
    }
}
