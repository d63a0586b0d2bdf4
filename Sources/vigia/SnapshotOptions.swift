import ArgumentParser
import VigiaCore

/// The `--snapshot` options of the root command.
struct SnapshotOptions: ParsableArguments {
    @Flag(help: "Write the report instead of opening the dashboard.")
    var snapshot = false

    @Option(help: "Report format: text, markdown, json, csv or html.")
    var format: SnapshotFormat = .text

    @Option(help: "Text width in columns.")
    var width = 100

    @Option(help: "Write to this file (atomically) instead of stdout.")
    var output: String?

    @Option(help: "Add a section on what changed since this date (YYYY-MM-DD): statuses, flags, targets, data.")
    var since: CalendarDate?

    @Option(name: .customLong("indicator"), help: "Only this indicator (repeatable).")
    var indicators: [String] = []

    @Option(name: .customLong("fail-on"),
            help: "Exit 3 (after writing the report) when an unaddressed flag of this kind is open: moving-away, off-pace or any-flag (repeatable).")
    var failOn: [FailOn] = []

    @Flag(help: "ASCII only: no box drawing or braille.")
    var ascii = false

    @Option(help: "Colour in the text report: auto (a terminal, unless NO_COLOR), always, never.")
    var color: ColorChoice = .never
}
