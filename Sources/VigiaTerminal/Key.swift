/// A key press or terminal event, decoded from ncurses (or made by a test).
public enum Key: Hashable, Sendable {
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab
    case character(Character)
    /// F1 … F12.
    case function(Int)
    /// A click (or wheel) at a cell.
    case mouse(x: Int, y: Int, button: MouseButton)
    case resize
}

public enum MouseButton: Hashable, Sendable {
    case left, wheelUp, wheelDown
    /// A second left click on the same cell soon after the first (the event loop tells them apart).
    case double
}
