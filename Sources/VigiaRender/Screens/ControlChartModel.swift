import VigiaCore

/// The individuals chart of one indicator as a chart: the charted values, the centre line, the
/// process limits, the target on the same scale, and the special-cause points. The values break
/// at missing periods as on the progress chart, and the progress chart's markers that fall in the
/// window are drawn with the same tags.
public struct ControlChartModel: Sendable {
    public let chart: LineChart
    public let control: ProcessControl

    public init?(_ a: Assessment, markers: [ChartMarker] = []) {
        guard let control = a.control, !a.window.isEmpty else { return nil }
        self.control = control
        let x0 = a.window.first!.period.time, x1 = a.window.last!.period.time
        func level(_ y: Double) -> [(x: Double, y: Double)] { [(x0, y), (x1, y)] }
        var series = [
            LineChart.Series(points: level(control.chart.upper), style: .fg(.gray), mark: "-", dashed: true),
            LineChart.Series(points: level(control.chart.lower), style: .fg(.gray), mark: "-", dashed: true),
            LineChart.Series(points: level(control.chart.centre), style: .dim, mark: "="),
        ]
        if let target = control.target { series.append(.init(points: level(target), style: .fg(.green), mark: "+", dashed: true)) }
        let runs = SeriesGaps.segments(a.window, period: \.period).map { $0.map { ($0.period.time, $0.value) } }
        series.append(.init(segments: runs, style: Style(foreground: .cyan, bold: true), mark: "*"))
        for reading in [Reading.improvement, .concern] {
            let flagged = a.window.filter { o in
                control.signals.contains { $0.reading == reading && $0.from <= o.period && o.period <= $0.to }
            }
            series.append(.init(points: flagged.map { ($0.period.time, $0.value) },
                                style: Style(foreground: reading == .concern ? .red : .green, bold: true),
                                mark: reading == .concern ? "X" : "O", pointsOnly: true))
        }
        chart = LineChart(series: series.filter { !$0.points.isEmpty }, markers: markers)
    }
}
