import CNcurses
import CTerminalSignals
import Foundation
import VigiaRender

/// The only code that talks to ncurses: start and restore the terminal, copy a cell buffer to
/// it (only the cells that changed), and read keys.
final class NcursesBackend: TerminalBackend {
    enum ColorMode: Sendable { case colors256, colors8, monochrome }

    private let screen: OpaquePointer
    private let colorMode: ColorMode
    private var pairs: [ColorPairKey: Int32] = [:]
    private var previous: Buffer?
    private var restored = false

    /// Why a terminal cannot be used, for the one-line note on stderr.
    enum Unusable: Error, CustomStringConvertible {
        case notATerminal, noTerm, unknownTerm(String), cannotAddressCursor(String)

        var description: String {
            switch self {
            case .notATerminal: "standard input or output is not a terminal"
            case .noTerm: "TERM is not set"
            case .unknownTerm(let t): "the terminal type '\(t)' is unknown"
            case .cannotAddressCursor(let t): "the terminal type '\(t)' cannot position the cursor"
            }
        }
    }

    /// Checks before starting, because `initscr` would exit the process on a bad TERM.
    static func checkUsable() throws(Unusable) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        guard let term = ProcessInfo.processInfo.environment["TERM"], !term.isEmpty else { throw .noTerm }
        var err: Int32 = 0
        guard setupterm(nil, STDOUT_FILENO, &err) == OK, err == 1 else { throw .unknownTerm(term) }
        guard cn_can_address_cursor() == 1 else { throw .cannotAddressCursor(term) }
    }

    init(noColor: Bool) throws(Unusable) {
        try Self.checkUsable()
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
              let screen = newterm(nil, output, input) else { throw .notATerminal }
        self.screen = screen
        set_term(screen)
        cbreak()
        noecho()
        nonl()
        keypad(cn_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        mousemask(cn_all_mouse_events(), nil)
        mouseinterval(0)
        if !noColor && has_colors() {
            start_color()
            use_default_colors()
            colorMode = cn_colors() >= 256 ? .colors256 : .colors8
        } else {
            colorMode = .monochrome
        }
        vigia_install_signal_handlers()
    }

    deinit { restore() }

    /// Puts the terminal back as it was. Safe to call more than once.
    func restore() {
        guard !restored else { return }
        restored = true
        endwin()
        delscreen(screen)
    }

    var size: (width: Int, height: Int) { (Int(cn_maxx()), Int(cn_maxy())) }

    /// The signal that asked us to quit (SIGINT, SIGTERM, SIGHUP), or 0.
    var quitSignal: Int32 { vigia_quit_signal() }

    /// Copies `buffer` to the screen, touching only cells that differ from the last frame.
    func draw(_ buffer: Buffer) {
        let full = previous.map { $0.width != buffer.width || $0.height != buffer.height } ?? true
        if full { erase() }
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                guard !cell.isContinuation else { continue }
                if !full, let previous, previous[x, y] == cell { continue }
                put(cell, x: x, y: y)
            }
        }
        previous = buffer
        refresh()
    }

    /// Forces the next frame to redraw everything (after a resize).
    func invalidate() {
        previous = nil
        clearok(cn_stdscr(), true)
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        var wide = cell.grapheme.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) } + [0]
        if wide.count == 1 { wide = [wchar_t(32), 0] }
        _ = cn_put_cell(Int32(y), Int32(x), &wide, attributes(cell.style), pair(cell.style))
    }

    private func attributes(_ style: Style) -> attr_t {
        var a = cn_a_normal()
        if style.bold { a |= cn_a_bold() }
        if style.dim { a |= cn_a_dim() }
        if style.reverse { a |= cn_a_reverse() }
        if style.underline { a |= cn_a_underline() }
        return a
    }

    private struct ColorPairKey: Hashable { let fg: Int32, bg: Int32 }

    /// A colour pair for the style's colours, allocated on first use.
    private func pair(_ style: Style) -> Int32 {
        guard colorMode != .monochrome, style.foreground != nil || style.background != nil else { return 0 }
        let key = ColorPairKey(fg: number(style.foreground), bg: number(style.background))
        if let existing = pairs[key] { return existing }
        let next = Int32(pairs.count + 1)
        guard next < cn_color_pairs() else { return 0 }
        init_extended_pair(next, key.fg, key.bg)
        pairs[key] = next
        return next
    }

    private func number(_ color: Color?) -> Int32 {
        guard let color else { return -1 }
        return Int32(colorMode == .colors256 ? color.indexed256 : color.basic)
    }

    /// The next key, or nil when `timeout` milliseconds pass without one.
    func readKey(timeout milliseconds: Int32) -> Key? {
        wtimeout(cn_stdscr(), milliseconds)
        var code: wint_t = 0
        let kind = get_wch(&code)
        switch kind {
        case KEY_CODE_YES: return functionKey(Int32(code))
        case OK: return character(code)
        default:
            if Self.inputHungUp() { terminalGone = true }
            return nil
        }
    }

    /// Set when the terminal went away (its window closed, the ssh link dropped): the loop must end,
    /// or reading would fail at once forever and spin a core.
    private(set) var terminalGone = false

    /// Whether standard input has hung up, checked without waiting. A failed poll (a resize signal
    /// interrupting it, say) proves nothing and is not a hang-up.
    private static func inputHungUp() -> Bool {
        var fd = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&fd, 1, 0) > 0 else { return false }
        return fd.revents & Int16(POLLHUP | POLLNVAL) != 0
    }

    private func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_ENTER: .enter
        case KEY_BACKSPACE, KEY_DC: .backspace
        case KEY_BTAB: .backTab
        case KEY_RESIZE: .resize
        case KEY_MOUSE: mouse()
        case 265...276: .function(Int(code) - 264)   // KEY_F(1) … KEY_F(12)
        default: nil
        }
    }

    private func character(_ code: wint_t) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(UInt32(code)) else { return nil }
            return .character(Character(scalar))
        }
    }

    private func mouse() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let button: MouseButton
        if event.bstate & cn_button4_pressed() != 0 { button = .wheelUp }
        else if event.bstate & cn_button5_pressed() != 0 { button = .wheelDown }
        else if event.bstate & cn_button1_pressed() != 0 { button = .left }
        else { return nil }
        return .mouse(x: Int(event.x), y: Int(event.y), button: button)
    }
}
