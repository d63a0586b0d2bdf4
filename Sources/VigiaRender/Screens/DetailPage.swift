import VigiaCore

/// One Detail page drawn whole at one width, with what it was drawn for.
///
/// Laying out a page (its charts, wrapped paragraphs and panels) costs more than a frame's budget
/// allows; a frame that only scrolls the page, or redraws it for a notice, copies the rows in view
/// from the page kept by `OverviewModels`, which lays out a new one when anything it was drawn
/// for changes (`Key`).
struct DetailPage {
    /// Everything the page's content depends on; the dashboard is the `OverviewModels`' own.
    struct Key: Hashable {
        let indicator: String
        let geo: String
        let width: Int
        let chartHeight: Int
        let context: RenderContext
    }

    let key: Key
    /// The page as tall as it needs to be.
    let lines: Buffer
    /// The first line of the flags block, nil without flags.
    let flagsLine: Int?

    init(_ a: Assessment, width: Int, chartHeight: Int, context: RenderContext) {
        key = Key(indicator: a.indicator.id, geo: a.geo, width: width, chartHeight: chartHeight, context: context)
        let (blocks, flagsLine) = DetailBlocks(a, width: width, chartHeight: chartHeight, context: context).stacked()
        lines = Block.page(blocks, width: width, asciiOnly: !context.glyphs.unicode)
        self.flagsLine = flagsLine
    }
}
