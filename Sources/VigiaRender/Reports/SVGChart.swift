import VigiaCore

/// A chart of one indicator as inline SVG: series, target path, projection, labelled axes, breaks
/// and events. Same model as the terminal chart (`ChartModel`): the same runs between gaps and
/// the same markers with the same tags, drawn with vector lines for print.
enum SVGChart {
    static let width = 640.0, height = 240.0
    static let left = 64.0, right = 16.0, top = 12.0, bottom = 28.0

    /// Data coordinates to SVG coordinates.
    struct Frame {
        let x: ClosedRange<Double>
        let y: ClosedRange<Double>

        var plotWidth: Double { width - left - right }
        var plotHeight: Double { height - top - bottom }

        func sx(_ v: Double) -> Double {
            left + (x.upperBound > x.lowerBound ? (v - x.lowerBound) / (x.upperBound - x.lowerBound) : 0.5) * plotWidth
        }

        func sy(_ v: Double) -> Double { top + (1 - (v - y.lowerBound) / (y.upperBound - y.lowerBound)) * plotHeight }
    }

    static func render(_ model: ChartModel, title: String, context: RenderContext) -> String {
        let points = model.lines.flatMap(\.points)
        guard let xr = model.xRange, let yMin = points.map(\.y).min(), let yMax = points.map(\.y).max() else { return "" }
        let pad = yMax > yMin ? (yMax - yMin) * 0.05 : max(1, abs(yMax) * 0.1)
        let frame = Frame(x: xr, y: (yMin - pad)...(yMax + pad))
        var svg = ["<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-label=\"\(HTMLReport.escape(title))\">"]
        svg.append("<rect x=\"\(n(left))\" y=\"\(n(top))\" width=\"\(n(frame.plotWidth))\" height=\"\(n(frame.plotHeight))\" class=\"plot\"/>")
        svg += axes(frame)
        var nextFree = -Double.infinity
        for m in model.markers {
            // A tag that would touch the one before moves right, as in the terminal.
            let tagX = max(frame.sx(m.x), nextFree)
            svg.append(marker(m, frame, context, tagX: tagX))
            nextFree = tagX + 9
        }
        for line in model.lines {
            svg += line.segments.map { segment($0, kind: line.kind, frame) }
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }

    static func axes(_ frame: Frame) -> [String] {
        var svg: [String] = []
        let y0 = frame.y.lowerBound, y1 = frame.y.upperBound
        for value in [y0, (y0 + y1) / 2, y1] {
            svg.append("<line x1=\"\(n(left))\" x2=\"\(n(width - right))\" y1=\"\(n(frame.sy(value)))\" y2=\"\(n(frame.sy(value)))\" class=\"grid\"/>")
            svg.append("<text x=\"\(n(left - 6))\" y=\"\(n(frame.sy(value) + 4))\" class=\"ylabel\">\(Format.compact(value))</text>")
        }
        let xr = frame.x
        let step = max(1, Int((xr.upperBound - xr.lowerBound) / 8) + 1)
        for year in stride(from: Int(xr.lowerBound.rounded(.up)), through: Int(xr.upperBound), by: step) {
            svg.append("<text x=\"\(n(frame.sx(Double(year))))\" y=\"\(n(height - 8))\" class=\"xlabel\">\(year)</text>")
        }
        return svg
    }

    /// One run of points: a polyline, or a dot when it is a lone value between gaps.
    static func segment(_ points: [(x: Double, y: Double)], kind: ChartModel.Kind, _ frame: Frame) -> String {
        if points.count == 1, let p = points.first {
            return "<circle cx=\"\(n(frame.sx(p.x)))\" cy=\"\(n(frame.sy(p.y)))\" r=\"3\" class=\"\(cssClass(kind))\"/>"
        }
        let coords = points.map { "\(n(frame.sx($0.x))),\(n(frame.sy($0.y)))" }.joined(separator: " ")
        return "<polyline points=\"\(coords)\" class=\"\(cssClass(kind))\"/>"
    }

    /// A dashed rule across the plot, drawn before the lines so they stay on top, with its tag in
    /// the margin above and its date and words as the tooltip.
    static func marker(_ m: ChartMarker, _ frame: Frame, _ context: RenderContext, tagX: Double) -> String {
        let x = n(frame.sx(m.x))
        return "<g class=\"marker \(markerClass(m))\"><title>\(HTMLReport.escape("\(m.when) \(m.text(context))"))</title>"
            + "<line x1=\"\(x)\" x2=\"\(x)\" y1=\"\(n(top))\" y2=\"\(n(top + frame.plotHeight))\"/>"
            + "<text x=\"\(n(tagX))\" y=\"\(n(top - 3))\">\(HTMLReport.escape(m.tag(context.glyphs)))</text></g>"
    }

    /// `break` or `event`, then the kind: `break scope`, `event agreement`.
    static func markerClass(_ m: ChartMarker) -> String {
        switch m.kind {
        case .seriesBreak(let kind): "break \(kind.rawValue)"
        case .event(let kind): "event \(kind.rawValue)"
        }
    }

    static func cssClass(_ kind: ChartModel.Kind) -> String {
        switch kind {
        case .series: "series"
        case .formerTarget: "former"
        case .target: "target"
        case .projection: "projection"
        case .shortTermProjection: "short-term"
        }
    }

    /// Coordinates with one decimal: small files, stable output.
    static func n(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        guard r.isFinite else { return "0" }
        return r == r.rounded() && abs(r) < 1e15 ? String(Int(r)) : String(r)
    }
}
