import ArgumentParser
import VigiaCore

/// The `--snapshot` options of the root command.
struct SnapshotOptions: ParsableArguments {
    @Flag(help: "Write the report (to stdout, or --output) instead of opening the dashboard.")
    var snapshot = false

    @Option(help: "The report format.")
    var format: SnapshotFormat = .text

    @Option(help: ArgumentHelp("Width of the text report in columns, 40 to 1000.", valueName: "columns"))
    var width = 100

    @Option(help: ArgumentHelp("Write the report to this file (atomically) instead of stdout.", valueName: "file"),
            completion: .file())
    var output: String?

    @Option(help: ArgumentHelp("Add a section on what changed since this date (YYYY-MM-DD, before the as-of date): statuses, flags, targets, data.",
                               valueName: "date"))
    var since: CalendarDate?

    @Option(name: .customLong("indicator"), help: ArgumentHelp("Only this indicator, by id (repeatable).", valueName: "id"))
    var indicators: [String] = []

    @Option(name: .customLong("geo"),
            help: ArgumentHelp("The report for this state instead of the nation (a code such as MX-25 or US-WV; repeatable), or all-states.",
                               valueName: "place"))
    var geos: [String] = []

    @Option(name: .customLong("fail-on"),
            help: ArgumentHelp("Exit 3, after writing the report, when an unaddressed flag of this kind is open on a selected indicator (repeatable).",
                               valueName: "condition"))
    var failOn: [FailOn] = []

    @Flag(help: "ASCII only: no box drawing or braille (also when the locale is not UTF-8).")
    var ascii = false

    @Option(help: ArgumentHelp("Colour in the text report.", valueName: "when"))
    var color: ColorChoice = .never
}
