import VigiaCore

/// What a chart of one indicator shows, independent of how it is drawn (terminal or SVG):
/// the series on the progress basis, the target path from baseline to target, the projection,
/// and the breaks and events that fall on it.
public struct ChartModel: Sendable {
    public enum Kind: Sendable, CaseIterable { case series, formerTarget, target, projection, shortTermProjection }

    public struct Line: Sendable {
        public let kind: Kind
        /// Runs of points with no missing period inside. The series breaks wherever periods are
        /// missing; target paths and projections are one run.
        public let segments: [[(x: Double, y: Double)]]

        public var points: [(x: Double, y: Double)] { segments.flatMap { $0 } }
    }

    public let lines: [Line]
    /// Breaks and events on the chart, in time order, events numbered (`ChartModel+Markers`).
    public let markers: [ChartMarker]
    /// The span of years shown: the lines', widened to the markers that fall within the series.
    public let xRange: ClosedRange<Double>?
    /// The span of the short-term rate, for the legend.
    public let shortTermYears: Int?
    /// The series is drawn as trailing 12-month sums (or means).
    let trailing12: Bool

    public init(_ a: Assessment) {
        // Only finite points are drawn: a chart must not trap on an extreme figure in the data.
        // One that cannot be drawn leaves a gap like a missing period.
        let drawable = a.basisSeries.filter { $0.time.isFinite && $0.value.isFinite }
        var lines = [Line(kind: .series, segments: SeriesGaps.segments(drawable, period: \.period).map { $0.map { ($0.time, $0.value) } })]
        // Every target that was in force before the current one, so a revision shows as a moved line.
        if let plan = a.target, let current = a.effectiveTarget {
            let baseline = plan.baseline
            for former in plan.history where former.agreed < current.agreed && former.target != current.target {
                lines.append(Line(kind: .formerTarget, segments: [[(baseline.period.time, baseline.value),
                                                                   (former.target.period.time, former.target.value)]]))
            }
        }
        if let from = a.progress.from, let target = a.progress.target, a.target != nil {
            lines.append(Line(kind: .target, segments: [[(from.period.time, from.value), (target.period.time, target.value)]]))
        }
        if let current = a.basisSeries.last, let projected = a.progress.projected {
            lines.append(Line(kind: .projection, segments: [[(current.time, current.value), (projected.period.time, projected.value)]]))
        }
        if let current = a.basisSeries.last, let short = a.progress.shortTerm, let projected = short.projected {
            lines.append(Line(kind: .shortTermProjection,
                              segments: [[(current.time, current.value), (projected.period.time, projected.value)]]))
        }
        shortTermYears = a.progress.shortTerm?.years
        trailing12 = a.progress.basis == .trailing12Months
        self.lines = lines.map { line in
            Line(kind: line.kind, segments: line.segments.map { $0.filter { $0.x.isFinite && $0.y.isFinite } }.filter { !$0.isEmpty })
        }.filter { !$0.segments.isEmpty }
        let xs = self.lines.flatMap { $0.points.map(\.x) }
        let linesRange = xs.min().flatMap { lo in xs.max().map { hi in lo...hi } }
        (markers, xRange) = Self.markers(a, lines: linesRange, series: Self.seriesSpan(drawable, trailing12: trailing12))
    }

    public static func style(_ kind: Kind) -> Style {
        switch kind {
        case .series: Style(foreground: .cyan, bold: true)
        case .formerTarget: Style(foreground: .gray, dim: true)
        case .target: .fg(.green)
        case .projection: .fg(.yellow)
        case .shortTermProjection: .fg(.magenta)
        }
    }

    public static func asciiMark(_ kind: Kind) -> String {
        switch kind {
        case .series: "*"
        case .formerTarget: "'"
        case .target: "+"
        case .projection: "."
        case .shortTermProjection: ":"
        }
    }

    /// The legend's words for a line: the series says when it is a trailing 12-month sum.
    func label(_ kind: Kind, _ context: RenderContext) -> String {
        let words = context.text(phrase(kind))
        return kind == .series && trailing12 ? "\(words) (\(context.text(.trailing12)))" : words
    }

    /// The legend's words for a line.
    func phrase(_ kind: Kind) -> Phrase {
        switch kind {
        case .series: .series
        case .formerTarget: .formerTargetPath
        case .target: .targetPath
        case .projection: .projected
        case .shortTermProjection: .projectedShortTerm(years: shortTermYears ?? Indicator.defaultShortTermYears)
        }
    }

    /// The terminal chart widget for this model.
    public var lineChart: LineChart {
        LineChart(series: lines.map {
            LineChart.Series(segments: $0.segments, style: Self.style($0.kind), mark: Self.asciiMark($0.kind),
                             dashed: $0.kind == .projection || $0.kind == .shortTermProjection)
        }, xRange: xRange, markers: markers)
    }
}
