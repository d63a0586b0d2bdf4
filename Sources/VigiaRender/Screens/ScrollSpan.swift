/// Where a long screen is: the lines in view of a page, or the selected row of a list, for the
/// footer: "12–40/96" (the lines in view of 96), "3/13" (the third of 13 rows).
public struct ScrollSpan: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case lines(first: Int, last: Int)
        case selected(Int)
    }

    let kind: Kind
    let total: Int

    /// The page rows `scroll ..< scroll + visible` of `total`; nil when it all fits.
    init?(scroll: Int, visible: Int, total: Int) {
        guard total > visible, visible > 0 else { return nil }
        kind = .lines(first: scroll + 1, last: min(total, scroll + visible))
        self.total = total
    }

    init(selected: Int, of total: Int) {
        kind = .selected(selected)
        self.total = total
    }

    /// Compact, so the key hints keep their room at 80 columns.
    func text(_ context: RenderContext) -> String {
        switch kind {
        case .lines(let first, let last): "\(first)\(context.glyphs.unicode ? "–" : "-")\(last)/\(total)"
        case .selected(let i): "\(i)/\(total)"
        }
    }
}
