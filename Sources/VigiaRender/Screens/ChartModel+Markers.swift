import VigiaCore

/// Which breaks and events a chart marks, and how far its x axis reaches to show them. Chosen
/// here, once, so the terminal and the SVG mark the same moments with the same numbers.
extension ChartModel {
    /// The markers inside the lines' range, or inside the time the series covers (an event during
    /// the last year of an annual series lies after its last point); the range widened to them.
    /// Events are numbered 1, 2, … in time order.
    static func markers(_ a: Assessment, lines: ClosedRange<Double>?,
                        series: Range<Double>?) -> (markers: [ChartMarker], xRange: ClosedRange<Double>?) {
        guard let lines else { return ([], nil) }
        let candidates = candidates(a).filter { lines.contains($0.x) || series?.contains($0.x) == true }
        var number = 0
        let markers = candidates.map { m in
            guard !m.isBreak else { return m }
            number += 1
            return ChartMarker(x: m.x, kind: m.kind, when: m.when, label: m.label, number: number)
        }
        let xs = markers.map(\.x)
        return (markers, min(lines.lowerBound, xs.min() ?? .infinity)...max(lines.upperBound, xs.max() ?? -.infinity))
    }

    /// Every break of the indicator and every event that concerns it, in time order (a break
    /// before an event at the same time: it changes what the values after both mean).
    static func candidates(_ a: Assessment) -> [ChartMarker] {
        let breaks = a.indicator.breaks.map {
            ChartMarker(x: $0.period.time, kind: .seriesBreak($0.kind), when: $0.period.description, label: $0.note)
        }
        let events = a.events.map {
            ChartMarker(x: $0.time, kind: .event($0.kind), when: $0.date.description, label: $0.title)
        }
        return (breaks + events).filter { $0.x.isFinite }.enumerated().sorted {
            ($0.element.x, $0.element.isBreak ? 0 : 1, $0.offset) < ($1.element.x, $1.element.isBreak ? 0 : 1, $1.offset)
        }.map(\.element)
    }

    /// The time the series' values cover: from its first point to the end of the period of its
    /// last (a year for trailing 12-month values, which sit at the start of the year they cover).
    static func seriesSpan(_ points: [BasisPoint], trailing12: Bool) -> Range<Double>? {
        guard let first = points.first, let last = points.last, first.time <= last.time else { return nil }
        let covers = trailing12 ? 1 : 1 / Double(last.period.frequency.periodsPerYear)
        return first.time..<(last.time + covers)
    }
}

extension ChartModel {
    /// The markers' legend: each tag with its date and words, cut to the width.
    func markerLegend(_ context: RenderContext, width: Int) -> Legend {
        Legend(markers.map {
            Legend.Entry(mark: $0.tag(context.glyphs), style: $0.tagStyle, words: "\($0.when) \($0.text(context))")
        }, width: width, ellipsis: context.glyphs.ellipsis)
    }
}
