import VigiaCore

/// A chart of one indicator as inline SVG: series, target path, projection, labelled axes.
/// Same model as the terminal chart (`ChartModel`), drawn with vector lines for print.
enum SVGChart {
    static let width = 640.0, height = 240.0
    static let left = 64.0, right = 16.0, top = 12.0, bottom = 28.0

    static func render(_ model: ChartModel, title: String) -> String {
        let points = model.lines.flatMap(\.points)
        guard let xr = model.xRange, let yMin = points.map(\.y).min(), let yMax = points.map(\.y).max() else { return "" }
        let pad = yMax > yMin ? (yMax - yMin) * 0.05 : max(1, abs(yMax) * 0.1)
        let y0 = yMin - pad, y1 = yMax + pad
        let plotW = width - left - right, plotH = height - top - bottom
        func sx(_ x: Double) -> Double { left + (xr.upperBound > xr.lowerBound ? (x - xr.lowerBound) / (xr.upperBound - xr.lowerBound) : 0.5) * plotW }
        func sy(_ y: Double) -> Double { top + (1 - (y - y0) / (y1 - y0)) * plotH }

        var svg = ["<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-label=\"\(HTMLReport.escape(title))\">"]
        svg.append("<rect x=\"\(n(left))\" y=\"\(n(top))\" width=\"\(n(plotW))\" height=\"\(n(plotH))\" class=\"plot\"/>")
        for value in [y0, (y0 + y1) / 2, y1] {
            svg.append("<line x1=\"\(n(left))\" x2=\"\(n(width - right))\" y1=\"\(n(sy(value)))\" y2=\"\(n(sy(value)))\" class=\"grid\"/>")
            svg.append("<text x=\"\(n(left - 6))\" y=\"\(n(sy(value) + 4))\" class=\"ylabel\">\(Format.compact(value))</text>")
        }
        let step = max(1, Int((xr.upperBound - xr.lowerBound) / 8) + 1)
        for year in stride(from: Int(xr.lowerBound.rounded(.up)), through: Int(xr.upperBound), by: step) {
            svg.append("<text x=\"\(n(sx(Double(year))))\" y=\"\(n(height - 8))\" class=\"xlabel\">\(year)</text>")
        }
        for line in model.lines {
            let coords = line.points.map { "\(n(sx($0.x))),\(n(sy($0.y)))" }.joined(separator: " ")
            svg.append("<polyline points=\"\(coords)\" class=\"\(cssClass(line.kind))\"/>")
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n")
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
