import Testing
@testable import VigiaCore
@testable import VigiaRender

/// The Detail page kept by `OverviewModels` between frames: a frame drawn from it is the frame
/// drawn from a page laid out anew, whatever changed in between.
struct DetailPageCacheTests {
    /// The frame drawn with `models` (which may keep a page) and with models of its own (which cannot).
    static func frames(_ models: OverviewModels, _ state: ViewState, _ size: (Int, Int),
                       _ context: RenderContext) -> (kept: Buffer, fresh: Buffer, state: ViewState) {
        var kept = state, fresh = state
        let a = Screen.render(models, state: &kept, width: size.0, height: size.1, context: context)
        let b = Screen.render(OverviewModels(models.dashboard), state: &fresh, width: size.0, height: size.1, context: context)
        #expect(kept == fresh)
        return (a, b, kept)
    }

    @Test func aKeptPageDrawsTheFrameOfANewOne() {
        let models = OverviewModels(SampleDashboard.make())
        let en = RenderContext(language: .en, glyphs: .unicode)
        var state = ViewState(screen: .detail, selectedID: "fent")
        // Each step changes one thing the page depends on (or only the scroll), then goes back.
        let steps: [(String, (inout ViewState, inout (Int, Int), inout RenderContext) -> Void)] = [
            ("first frame", { _, _, _ in }),
            ("the same again", { _, _, _ in }),
            ("scrolled", { s, _, _ in s.scroll = 7 }),
            ("another indicator", { s, _, _ in s.selectedID = "xfer"; s.scroll = 0 }),
            ("narrower", { _, size, _ in size = (80, 40) }),
            ("shorter (a shorter chart)", { _, size, _ in size = (80, 24) }),
            ("Spanish", { _, _, c in c.language = .es }),
            ("ASCII", { _, _, c in c.glyphs = .ascii }),
            ("back to the first", { s, size, c in s.selectedID = "fent"; size = (120, 40); c = en }),
        ]
        var size = (120, 40), context = en
        var previous: Buffer?
        for (name, change) in steps {
            change(&state, &size, &context)
            let (kept, fresh, after) = Self.frames(models, state, size, context)
            #expect(kept == fresh, "\(name)")
            if name != "the same again" { #expect(kept != previous, "\(name): the frame should change") }
            previous = kept
            state = after
        }
    }

    @Test func aPlaceAndTheNationHaveTheirOwnPages() {
        let models = OverviewModels(PlacesSample.make())
        let context = RenderContext(language: .en, glyphs: .unicode)
        var state = ViewState(screen: .detail, selectedID: "us.syn")
        let nation = Self.frames(models, state, (120, 60), context).kept
        state.place = "US-WV"
        let place = Self.frames(models, state, (120, 60), context).kept
        #expect(place != nation)
        state.place = nil
        #expect(Self.frames(models, state, (120, 60), context).kept == nation)
    }

    @Test func openingAtTheFlagsScrollsAKeptPageThere() {
        let models = OverviewModels(SampleDashboard.make())
        let context = RenderContext(language: .en, glyphs: .unicode)
        let flagged = models.dashboard.assessments.first { !$0.flags.isEmpty }!.indicator.id
        var state = ViewState(screen: .detail, selectedID: flagged)
        _ = Self.frames(models, state, (120, 40), context)
        state.detailAtFlags = true
        let opened = Self.frames(models, state, (120, 40), context)
        #expect(opened.state.scroll > 0)
        #expect(!opened.state.detailAtFlags)
    }

    /// A reload makes new `OverviewModels` (as the TUI does): the page of the old data is not drawn.
    @Test func newDataLaysOutANewPage() {
        let old = SampleDashboard.make()
        let models = OverviewModels(old)
        let context = RenderContext(language: .en, glyphs: .unicode)
        let state = ViewState(screen: .detail, selectedID: "fent")
        let before = Self.frames(models, state, (120, 60), context).kept
        // The same indicator with other events: its page lists them.
        var assessments = old.assessments
        let i = assessments.firstIndex { $0.indicator.id == "fent" }!
        assessments[i].events = old.assessments.first { $0.indicator.id == "xfer" }!.events
        let reloaded = Dashboard(asOf: old.asOf, goals: old.goals, assessments: assessments, sinceReview: old.sinceReview,
                                 places: old.places, borderline: old.borderline, geography: old.geography)
        let after = Self.frames(OverviewModels(reloaded), state, (120, 60), context).kept
        #expect(after != before)
    }
}
