import VigiaCore

/// A digest of everything an evaluation produced (statistics, progress, control, flags and their
/// wording in both languages): two builds that print the same digest evaluated identically.
enum Fingerprint {
    /// The digests of the bundled dashboard and of the synthetic municipal series (with and
    /// without their targets), flags included.
    static func print(_ options: BenchOptions) {
        let loaded = BundledConfig(directory: options.config)
        let dashboard = Dashboard.evaluate(loaded.config.catalog, observations: loaded.data.observations, asOf: options.asOf)
        Swift.print("bundled", of(dashboard.assessments))
        let homicides = loaded.config.catalog.indicators.first { $0.id == "mx.homicides" }!
        let municipal = MunicipalSeries.synthetic(homicides, count: options.syntheticSeries, months: 128)
        let common = Target(indicator: "mx.homicides", baseline: PeriodValue(period: .year(2019), value: 400),
                            history: [TargetRevision(agreed: CalendarDate("2021-10-08")!,
                                                     target: PeriodValue(period: .year(2030), value: 200), forum: "bench")],
                            illustrative: true)
        for target in [common, nil] {
            let all = municipal.series.map {
                Assessor(indicator: homicides, target: target, asOf: options.asOf, control: RuleSettings.defaults.control).assess($0)
            }
            let raised = all.flatMap { FlagEvaluator.flags(FlagContext(assessment: $0, asOf: options.asOf), settings: .defaults, decisions: []) }
            Swift.print(target == nil ? "no target" : "target", of(all), flags(raised))
        }
        // The benchmarked scenario itself: its indicator, a target of each series' own.
        let crimes = loaded.config.catalog.indicators.first { $0.id == "mx.homicides.crimes" }!
        let benched = MunicipalSeries.synthetic(crimes, count: options.syntheticSeries, months: 128)
        let all = zip(benched.series, benched.targets).map { s, target in
            Assessor(indicator: crimes, target: target, asOf: options.asOf, control: RuleSettings.defaults.control).assess(s)
        }
        let raised = all.flatMap { FlagEvaluator.flags(FlagContext(assessment: $0, asOf: options.asOf), settings: .defaults, decisions: []) }
        Swift.print("own targets", of(all), flags(raised))
    }

    static func of(_ assessments: [Assessment]) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        func mix(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100000001b3
            }
        }
        for a in assessments {
            mix("\(a.indicator.id) \(a.status) \(a.series.count) \(a.window.count) \(String(describing: a.trend))")
            let p = a.progress
            mix("\(p.basis) \(String(describing: p.from)) \(String(describing: p.current)) \(String(describing: p.target)) \(p.measure.map(describe) ?? "-")")
            mix("\(a.basisSeries.map(\.value)) \(a.basisSeries.map(\.time))")
            mix("\(a.track.points.map { "\($0.period) \($0.value) \(describe($0.measure))" })")
            mix("\(String(describing: a.control))")
            for flag in a.flags {
                mix("\(flag.rule) \(flag.severity) \(flag.since) \(flag.message.en) \(flag.message.es) \(flag.adjustment.en) \(flag.adjustment.es)")
            }
        }
        return String(hash, radix: 16)
    }

    static func flags(_ flags: [Flag]) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for flag in flags {
            for byte in "\(flag.rule) \(flag.severity) \(flag.since) \(flag.message.en) \(flag.message.es) \(flag.adjustment.en) \(flag.adjustment.es)".utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100000001b3
            }
        }
        return String(hash, radix: 16)
    }

    static func describe(_ m: ProgressMeasure) -> String {
        "\(m.method) \(String(describing: m.actualRate)) \(String(describing: m.requiredRate)) \(String(describing: m.ratio)) "
            + "\(String(describing: m.fractionOfGap)) \(String(describing: m.projected)) \(m.status) \(String(describing: m.noTargetClass))"
    }
}
