import VigiaRender
import VigiaTerminal

/// The work of one timed frame, one function per scenario, outside the timing closures so that
/// callgrind can count the frames alone (`--toggle-collect='*FrameWork*'` with `--frames-only TEXT`
/// to run one scenario). Each checks the screen it draws, which also keeps the optimizer from
/// merging functions of the same body into one (callgrind then counted nothing).
enum FrameWork {
    static let width = 200, height = 60

    /// A frame of the Overview as it stands.
    @inline(never)
    static func overviewFrame(_ models: OverviewModels, _ state: inout ViewState, _ context: RenderContext) {
        precondition(state.screen == .overview)
        _ = Screen.render(models, state: &state, width: width, height: height, context: context)
    }

    /// A frame of a Detail page as it stands.
    @inline(never)
    static func detailFrame(_ models: OverviewModels, _ state: inout ViewState, _ context: RenderContext) {
        precondition(state.screen == .detail)
        _ = Screen.render(models, state: &state, width: width, height: height, context: context)
    }

    /// A key that moves the Overview's selection, then its frame.
    @inline(never)
    static func overviewKey(_ key: Key, _ navigator: Navigator, _ models: OverviewModels, _ state: inout ViewState,
                            _ context: RenderContext) {
        _ = navigator.apply(key, to: &state)
        precondition(state.screen == .overview)
        _ = Screen.render(models, state: &state, width: width, height: height, context: context)
    }

    /// `l` on a Detail page: the next indicator's page, then its frame.
    @inline(never)
    static func detailKey(_ navigator: Navigator, _ models: OverviewModels, _ state: inout ViewState, _ context: RenderContext) {
        _ = navigator.apply(.right, to: &state)
        precondition(state.screen == .detail)
        _ = Screen.render(models, state: &state, width: width, height: height, context: context)
    }
}
