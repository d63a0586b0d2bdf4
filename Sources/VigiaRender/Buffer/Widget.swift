/// Anything drawn into a rectangle of a buffer: its settings given to `init`, the drawing in
/// `render(into:area:)` (ratatui's shape). Screens compose widgets; nothing here touches a terminal.
public protocol Widget {
    func render(into buffer: inout Buffer, area: Rect)
}
