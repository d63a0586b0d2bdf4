import VigiaConfig
import VigiaCore

/// Writes a report to stdout, or to a file atomically: a reader never sees half a report. A
/// device or FIFO named with `--output` is written through, a symlink's target is replaced (the
/// link stays): see `AtomicFile`.
enum OutputFile {
    static func write(_ text: String, to path: String?, language: Language) throws {
        guard let path else {
            try Terminal.output(text, language)
            return
        }
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            throw CLIError.input("vigia: error: " + error.message(language))
        }
    }
}
