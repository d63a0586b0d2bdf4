import Testing
@testable import VigiaCore
@testable import VigiaRender

/// Every screen at the two reference sizes, Unicode and ASCII, English and (once) Spanish.
struct ScreenTests {
    static let dashboard = SampleDashboard.make()
    static let sizes = [(80, 24), (120, 40)]

    static func context(_ set: String, _ language: Language = .en) -> RenderContext {
        RenderContext(language: language, glyphs: set == "unicode" ? .unicode : .ascii)
    }

    static func render(_ screen: ScreenKind, _ size: (Int, Int), _ set: String, language: Language = .en,
                       selected: String? = nil) -> Buffer {
        var state = ViewState(screen: screen, selectedID: selected)
        return Screen.render(dashboard, state: &state, width: size.0, height: size.1, context: context(set, language))
    }

    @Test(arguments: ["unicode", "ascii"])
    func overview(_ set: String) {
        for size in Self.sizes {
            Golden.expect(Self.render(.overview, size, set, selected: "us.od").text, named: "overview-\(size.0)x\(size.1)-\(set)")
        }
    }

    @Test(arguments: ["unicode", "ascii"])
    func detail(_ set: String) {
        for size in Self.sizes {
            Golden.expect(Self.render(.detail, size, set, selected: "fent").text, named: "detail-\(size.0)x\(size.1)-\(set)")
        }
    }

    /// The series with gaps, a lone year, a break and events: the chart breaks at the gaps, marks
    /// the break and the events with tags listed under it, and the trend counts the missing years.
    @Test(arguments: ["unicode", "ascii"])
    func detailWithGapsBreakAndEvents(_ set: String) {
        let text = Self.render(.detail, (120, 40), set, selected: "xfer").text
        Golden.expect(text, named: "detail-context-120x40-\(set)")
        #expect(text.contains("Missing 2 of 14 years in the window"))
        #expect(text.contains("\(set == "unicode" ? "╳" : "#") 2012 series break (scope): transfers counted beside treaty extraditions"))
        #expect(text.contains("1 2021-10-08 Bicentennial Framework agreed"))
        #expect(text.contains("2 2025-02-27 29 detainees handed over <at once>"))
        #expect(!text.contains("Not yet happened"), "an event after the as-of date is not shown")
        if set == "ascii" { #expect(text.unicodeScalars.allSatisfy { $0.isASCII }) }
    }

    @Test(arguments: ["unicode", "ascii"])
    func flags(_ set: String) {
        for size in Self.sizes {
            Golden.expect(Self.render(.flags, size, set).text, named: "flags-\(size.0)x\(size.1)-\(set)")
        }
        #expect(!Self.dashboard.flags.isEmpty)
    }

    @Test(arguments: ["unicode", "ascii"])
    func help(_ set: String) {
        for size in Self.sizes {
            Golden.expect(Self.render(.help, size, set).text, named: "help-\(size.0)x\(size.1)-\(set)")
        }
    }

    @Test func spanish() {
        Golden.expect(Self.render(.overview, (120, 40), "unicode", language: .es).text, named: "overview-120x40-es")
        Golden.expect(Self.render(.detail, (120, 40), "unicode", language: .es, selected: "mx.hom").text, named: "detail-120x40-es")
    }

    /// The Overview says why the selected row has its status, and follows the selection.
    @Test func theOverviewExplainsTheSelectedStatus() {
        let overdoses = Self.render(.overview, (120, 40), "unicode", selected: "us.od").text
        #expect(overdoses.contains("✖ moving away  Moving away: 14% above the 2019 baseline (80,000 vs 70,000)"))
        let homicides = Self.render(.overview, (120, 40), "unicode", selected: "mx.hom").text
        #expect(homicides.contains("● on track  On track: 27% below the 2019 baseline"))
        var state = ViewState(screen: .overview, selectedID: "us.od")
        state.filter = "no such indicator"
        let none = Screen.render(Self.dashboard, state: &state, width: 120, height: 40, context: Self.context("unicode")).text
        #expect(!none.contains("Moving away:") && !none.contains("On track:"), "no row, no reason")
    }

    @Test func tooSmall() {
        let buffer = Self.render(.overview, (60, 20), "unicode")
        #expect(buffer.text.contains("terminal too small (need 80×24, have 60×20)"))
        Golden.expect(buffer.text, named: "too-small-60x20")
        #expect(Self.render(.overview, (79, 40), "unicode").text.contains("have 79×40"))
        #expect(!Self.render(.overview, (80, 24), "unicode").text.contains("too small"))
        for size in [(0, 0), (1, 1), (2, 1), (10, 3), (79, 1)] {
            for screen in [ScreenKind.overview, .detail, .flags, .help] {
                #expect(Self.render(screen, size, "unicode").height == size.1, "a tiny terminal draws, never traps")
            }
        }
    }

    @Test func layoutsFitFrom80x24To250x80() {
        for (w, h) in [(80, 24), (100, 30), (132, 43), (200, 60), (250, 80)] {
            for screen in [ScreenKind.overview, .detail, .flags, .help] {
                let lines = Self.render(screen, (w, h), "unicode").lines()
                #expect(lines.count == h)
                #expect(lines.allSatisfy { TextWidth.of($0) <= w }, "\(screen) \(w)x\(h)")
            }
        }
    }

    @Test func asciiScreensAreASCII() {
        for screen in [ScreenKind.overview, .detail, .flags, .help] {
            for size in Self.sizes {
                let text = Self.render(screen, size, "ascii", selected: "fent").text
                #expect(text.unicodeScalars.allSatisfy { $0.isASCII }, "\(screen) \(size)")
            }
        }
    }

    @Test func controlCharactersFromDataNeverReachTheBuffer() {
        for screen in [ScreenKind.overview, .detail] {
            let buffer = Self.render(screen, (120, 40), "unicode", selected: "us.od")
            #expect(!buffer.cells.contains { $0.grapheme.unicodeScalars.contains { $0.value < 0x20 } })
            #expect(buffer.text.contains("Overdose deaths (US)[2J"))
        }
    }

    @Test func selectionSurvivesResizeAndLanguageSwitch() {
        var state = ViewState(screen: .overview, selectedID: "meth")
        let a = Screen.render(Self.dashboard, state: &state, width: 120, height: 40, context: Self.context("unicode"))
        let b = Screen.render(Self.dashboard, state: &state, width: 80, height: 24, context: Self.context("unicode", .es))
        #expect(state.selectedID == "meth")
        let row = { (buffer: Buffer, text: String) in buffer.lines().firstIndex { $0.contains(text) } }
        #expect(a[3, row(a, "Methamphetamine seized")!].style.reverse)
        #expect(b[3, row(b, "Metanfetamina")!].style.reverse)
    }
}
