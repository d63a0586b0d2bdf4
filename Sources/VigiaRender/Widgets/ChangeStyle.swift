/// How a change reads: green for the desired direction, red and bold for the wrong one. The bold
/// survives `NO_COLOR` and monochrome terminals, where colour alone would lose the cue.
enum ChangeStyle {
    static func of(_ change: Double, good: Bool) -> Style {
        change == 0 ? .fg(.gray) : good ? .fg(.green) : Style(foreground: .red, bold: true)
    }
}
