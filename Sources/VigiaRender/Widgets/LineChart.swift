/// A line chart with a labelled y axis and period labels on the x axis.
public struct LineChart: Sendable {
    /// One line on the chart.
    public struct Series: Sendable {
        public var points: [(x: Double, y: Double)]
        public var style: Style
        /// The ASCII mark for this series (braille draws dots in the series' colour instead).
        public var mark: String
        public var dashed: Bool
        /// Points only, unconnected (e.g. the signals on a control chart).
        public var pointsOnly: Bool

        public init(points: [(x: Double, y: Double)], style: Style, mark: String, dashed: Bool = false,
                    pointsOnly: Bool = false) {
            self.points = points
            self.style = style
            self.mark = mark
            self.dashed = dashed
            self.pointsOnly = pointsOnly
        }
    }

    public var series: [Series]
    /// Optional fixed x range (years); defaults to the data's.
    public var xRange: ClosedRange<Double>?

    public init(series: [Series], xRange: ClosedRange<Double>? = nil) {
        self.series = series
        self.xRange = xRange
    }

    public func render(into buffer: inout Buffer, area: Rect, glyphs: Glyphs) {
        let all = series.flatMap(\.points).filter { $0.x.isFinite && $0.y.isFinite }
        guard area.width >= 12, area.height >= 4, let yMin = all.map(\.y).min(), let yMax = all.map(\.y).max(),
              let dataXMin = all.map(\.x).min(), let dataXMax = all.map(\.x).max() else { return }
        let xr = xRange ?? dataXMin...dataXMax
        let pad = yMax > yMin ? (yMax - yMin) * 0.05 : max(1, abs(yMax) * 0.1)
        let y0 = yMin - pad, y1 = yMax + pad
        let labels = [y1, (y0 + y1) / 2, y0].map(Format.compact)
        let axisWidth = (labels.map { TextWidth.of($0) }.max() ?? 0) + 1
        let (plot, xAxis) = area.splitLeft(axisWidth).rest.splitBottom(2)
        drawYAxis(labels, into: &buffer, area: Rect(x: area.x, y: area.y, width: axisWidth, height: plot.height), glyphs: glyphs)
        var canvas = Canvas(columns: plot.width, rows: plot.height, braille: glyphs.unicode)
        for s in series { draw(s, on: &canvas, x: xr, y: y0...y1) }
        canvas.draw(into: &buffer, area: plot)
        drawXAxis(into: &buffer, area: xAxis, x: xr, glyphs: glyphs)
    }

    private func draw(_ s: Series, on canvas: inout Canvas, x: ClosedRange<Double>, y: ClosedRange<Double>) {
        func dot(_ p: (x: Double, y: Double)) -> (Int, Int) {
            let fx = x.upperBound > x.lowerBound ? (p.x - x.lowerBound) / (x.upperBound - x.lowerBound) : 0.5
            let fy = (p.y - y.lowerBound) / (y.upperBound - y.lowerBound)
            return (Int(rounding: fx * Double(canvas.dotWidth - 1), within: 0...max(0, canvas.dotWidth - 1)),
                    Int(rounding: (1 - fy) * Double(canvas.dotHeight - 1), within: 0...max(0, canvas.dotHeight - 1)))
        }
        let dots = s.points.filter { $0.x.isFinite && $0.y.isFinite }.map(dot)
        if s.pointsOnly || dots.count == 1 {
            for d in dots { canvas.mark(d.0, d.1, mark: s.mark, style: s.style) }
            return
        }
        for (a, b) in zip(dots, dots.dropFirst()) {
            canvas.line(from: a, to: b, mark: s.mark, style: s.style, dashed: s.dashed)
        }
    }

    private func drawYAxis(_ labels: [String], into buffer: inout Buffer, area: Rect, glyphs: Glyphs) {
        let rows = [0, (area.height - 1) / 2, area.height - 1]
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
