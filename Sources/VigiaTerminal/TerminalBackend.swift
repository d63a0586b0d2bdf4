import VigiaRender

/// What the event loop needs from a terminal: its size, a frame drawn, a key read with a timeout,
/// and the signals that end the session. `NcursesBackend` is the real one; `ScriptedBackend` plays
/// a script in tests. All terminal and signal code stays behind this (htop's rule).
public protocol TerminalBackend: AnyObject {
    var size: (width: Int, height: Int) { get }
    /// The signal that asked us to quit (SIGINT, SIGTERM, SIGHUP), or 0.
    var quitSignal: Int32 { get }
    /// The terminal went away (window closed, link dropped): the loop must end.
    var terminalGone: Bool { get }
    func draw(_ buffer: Buffer)
    /// The next frame redraws everything (after a resize).
    func invalidate()
    /// The next key, or nil when `timeout` milliseconds pass without one.
    func readKey(timeout milliseconds: Int32) -> Key?
    /// Gives the terminal back as it was. Safe to call more than once.
    func restore()
}

/// A terminal for tests: plays keys, resizes and signals in order, and keeps every frame drawn.
/// When the script runs out it asks to quit (SIGTERM), so a loop under test always ends.
public final class ScriptedBackend: TerminalBackend {
    public enum Step: Sendable {
        case key(Key)
        case resize(width: Int, height: Int)
        case signal(Int32)
        case hangUp
        /// Nothing typed for one read: the loop ticks (reload checks, the clock moves on).
        case idle
    }

    public private(set) var size: (width: Int, height: Int)
    public private(set) var quitSignal: Int32 = 0
    public private(set) var terminalGone = false
    public private(set) var frames: [Buffer] = []
    public private(set) var restored = false
    private var steps: [Step]
    /// Called before each step is played: tests change files or the clock between keys.
    public var beforeStep: ((Int) -> Void)?
    private var played = 0

    public init(width: Int, height: Int, script: [Step]) {
        size = (width, height)
        steps = script
    }

    public var lastFrame: Buffer? { frames.last }

    public func draw(_ buffer: Buffer) { frames.append(buffer) }
    public func invalidate() {}
    public func restore() { restored = true }

    public func readKey(timeout milliseconds: Int32) -> Key? {
        guard !steps.isEmpty else {
            quitSignal = 15
            return nil
        }
        beforeStep?(played)
        played += 1
        switch steps.removeFirst() {
        case .key(let key): return key
        case .resize(let width, let height):
            size = (width, height)
            return .resize
        case .signal(let signal):
            quitSignal = signal
            return nil
        case .hangUp:
            terminalGone = true
            return nil
        case .idle:
            return nil
        }
    }
}
