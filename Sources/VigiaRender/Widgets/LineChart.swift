/// A line chart with a labelled y axis, period labels on the x axis, and optional markers (breaks
/// and events) as dim vertical rules with a one-cell tag on a row above the plot.
public struct LineChart: Sendable, Widget {
    /// One line on the chart.
    public struct Series: Sendable {
        /// Runs of points drawn joined; a run of one point is drawn as a dot. Runs are never joined
        /// to each other: what lies between them is missing data, not a straight line.
        public var segments: [[(x: Double, y: Double)]]
        public var style: Style
        /// The ASCII mark for this series (braille draws dots in the series' colour instead).
        public var mark: String
        public var dashed: Bool
        /// Points only, unconnected (e.g. the signals on a control chart).
        public var pointsOnly: Bool

        public init(segments: [[(x: Double, y: Double)]], style: Style, mark: String, dashed: Bool = false,
                    pointsOnly: Bool = false) {
            self.segments = segments
            self.style = style
            self.mark = mark
            self.dashed = dashed
            self.pointsOnly = pointsOnly
        }

        /// One unbroken run of points.
        public init(points: [(x: Double, y: Double)], style: Style, mark: String, dashed: Bool = false,
                    pointsOnly: Bool = false) {
            self.init(segments: [points], style: style, mark: mark, dashed: dashed, pointsOnly: pointsOnly)
        }

        public var points: [(x: Double, y: Double)] { segments.flatMap { $0 } }
    }

    public var series: [Series]
    /// Optional fixed x range (years); defaults to the data's.
    public var xRange: ClosedRange<Double>?
    /// Breaks and events; those outside the x range are not drawn.
    public var markers: [ChartMarker]

    public init(series: [Series], xRange: ClosedRange<Double>? = nil, markers: [ChartMarker] = []) {
        self.series = series
        self.xRange = xRange
        self.markers = markers
    }

    /// The characters to draw with: braille and box lines, or ASCII.
    public var glyphs: Glyphs = .unicode

    /// The same chart drawn with `glyphs`.
    public func glyphs(_ glyphs: Glyphs) -> LineChart {
        var chart = self
        chart.glyphs = glyphs
        return chart
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let all = series.flatMap(\.points).filter { $0.x.isFinite && $0.y.isFinite }
        guard area.width >= 12, area.height >= 4, let yMin = all.map(\.y).min(), let yMax = all.map(\.y).max(),
              let dataXMin = all.map(\.x).min(), let dataXMax = all.map(\.x).max() else { return }
        let xr = xRange ?? dataXMin...dataXMax
        // Markers take a row for their tags, so they never hide a value; too short a chart has none.
        let shown = area.height >= 6 ? markers.filter { xr.contains($0.x) } : []
        let (tagRow, body) = area.splitTop(shown.isEmpty ? 0 : 1)
        let pad = yMax > yMin ? (yMax - yMin) * 0.05 : max(1, abs(yMax) * 0.1)
        let y0 = yMin - pad, y1 = yMax + pad
        let labels = [y1, (y0 + y1) / 2, y0].map(Format.compact)
        let axisWidth = (labels.map { TextWidth.of($0) }.max() ?? 0) + 1
        let (plot, xAxis) = body.splitLeft(axisWidth).rest.splitBottom(2)
        drawYAxis(labels, into: &buffer, area: Rect(x: area.x, y: area.y, width: axisWidth, height: tagRow.height + plot.height),
                  labelsFrom: tagRow.height, glyphs: glyphs)
        var canvas = Canvas(columns: plot.width, rows: plot.height, braille: glyphs.unicode)
        let scale = Scale(x: xr, y: y0...y1, dotWidth: canvas.dotWidth, dotHeight: canvas.dotHeight)
        for s in series { draw(s, on: &canvas, scale: scale) }
        drawMarkers(shown, into: &buffer, plot: plot, tagRow: tagRow.splitLeft(axisWidth).rest, scale: scale, glyphs: glyphs)
        canvas.draw(into: &buffer, area: plot)
        drawXAxis(into: &buffer, area: xAxis, x: xr, glyphs: glyphs)
    }

    /// Data to canvas dots: the one mapping the lines and the markers share, so a marker's rule
    /// stands in the column where a point at the same time is drawn.
    struct Scale {
        let x: ClosedRange<Double>
        let y: ClosedRange<Double>
        let dotWidth: Int
        let dotHeight: Int

        func dot(_ p: (x: Double, y: Double)) -> (Int, Int) {
            let fy = (p.y - y.lowerBound) / (y.upperBound - y.lowerBound)
            return (dotX(p.x), Int(rounding: (1 - fy) * Double(dotHeight - 1), within: 0...max(0, dotHeight - 1)))
        }

        func dotX(_ value: Double) -> Int {
            let fx = x.upperBound > x.lowerBound ? (value - x.lowerBound) / (x.upperBound - x.lowerBound) : 0.5
            return Int(rounding: fx * Double(dotWidth - 1), within: 0...max(0, dotWidth - 1))
        }
    }

    private func draw(_ s: Series, on canvas: inout Canvas, scale: Scale) {
        for segment in s.segments {
            let dots = segment.filter { $0.x.isFinite && $0.y.isFinite }.map(scale.dot)
            if s.pointsOnly || dots.count == 1 {
                for d in dots { canvas.mark(d.0, d.1, mark: s.mark, style: s.style) }
                continue
            }
            for (a, b) in zip(dots, dots.dropFirst()) {
                canvas.line(from: a, to: b, mark: s.mark, style: s.style, dashed: s.dashed)
            }
        }
    }

    /// A dim rule down the plot for each marker, drawn before the lines so the lines win the
    /// cell, and its tag above; a tag that would touch the previous one moves right.
    private func drawMarkers(_ markers: [ChartMarker], into buffer: inout Buffer, plot: Rect, tagRow: Rect,
                             scale: Scale, glyphs: Glyphs) {
        var nextFree = tagRow.x
        for marker in markers.sorted(by: { $0.x < $1.x }) {
            let column = plot.x + scale.dotX(marker.x) / (glyphs.unicode ? 2 : 1)
            let rule = marker.isBreak ? glyphs.breakRule : glyphs.eventRule
            for row in plot.y..<plot.maxY { buffer.put(rule, x: column, y: row, style: marker.ruleStyle, clip: plot) }
            let start = max(column, nextFree)
            guard start < tagRow.maxX else { continue }
            buffer.put(marker.tag(glyphs), x: start, y: tagRow.y, style: marker.tagStyle, clip: tagRow)
            nextFree = start + 2
        }
    }

    /// Value labels at the top, middle and bottom rows from `labelsFrom`, and the axis line.
    private func drawYAxis(_ labels: [String], into buffer: inout Buffer, area: Rect, labelsFrom: Int, glyphs: Glyphs) {
        let height = area.height - labelsFrom
        let rows = [0, (height - 1) / 2, height - 1].map { $0 + labelsFrom }
        for (label, row) in zip(labels, rows) {
            buffer.put(label, x: area.maxX - 1 - TextWidth.of(label), y: area.y + row, style: .dim, clip: area)
        }
        for row in 0..<area.height {
            buffer.put(glyphs.vertical, x: area.maxX - 1, y: area.y + row, style: .dim)
        }
    }

    /// An axis line, and year labels where they fit without touching.
    private func drawXAxis(into buffer: inout Buffer, area: Rect, x: ClosedRange<Double>, glyphs: Glyphs) {
        guard area.height >= 2, area.width > 0 else { return }
        for col in 0..<area.width { buffer.put(glyphs.horizontal, x: area.x + col, y: area.y, style: .dim) }
        let first = Int(x.lowerBound.rounded(.up)), last = Int(x.upperBound.rounded(.down))
        guard last >= first else { return }
        let span = max(x.upperBound - x.lowerBound, 1e-9)
        let years = last - first + 1
        let step = [1, 2, 5, 10, 20, 50].first { Double(area.width) / (Double(years) / Double($0)) >= 6 } ?? 100
        var nextFree = area.x
        for year in stride(from: first, through: last, by: step) {
            let col = area.x + Int(rounding: (Double(year) - x.lowerBound) / span * Double(area.width - 1),
                                   within: 0...max(0, area.width - 1))
            let label = String(year)
            let start = min(max(area.x, col - 1), area.maxX - TextWidth.of(label))
            guard start >= nextFree else { continue }
            buffer.put(label, x: start, y: area.y + 1, style: .dim, clip: area)
            nextFree = start + TextWidth.of(label) + 1
        }
    }
}
