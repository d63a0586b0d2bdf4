import Foundation

/// Repeated timings of one piece of work, summarised the way noisy machines need: median,
/// min and max (never a mean).
struct Measurement {
    let name: String
    let unit: String
    let samples: [Double]
    /// Items per run (series evaluated, rows shown): the JSON line gives the time per item too.
    var items: Int? = nil

    var median: Double {
        let s = samples.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
    var min: Double { samples.min() ?? .nan }
    var max: Double { samples.max() ?? .nan }

    /// Times `body` `runs` times (after `warmup` untimed runs), in milliseconds.
    static func time(_ name: String, runs: Int, warmup: Int = 3, items: Int? = nil, _ body: () -> Void) -> Measurement {
        for _ in 0..<warmup { body() }
        var samples: [Double] = []
        samples.reserveCapacity(runs)
        for _ in 0..<Swift.max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return Measurement(name: name, unit: "ms", samples: samples, items: items)
    }

    var jsonLine: String {
        var fields = "\"scenario\":\"\(name)\",\"tool\":\"vigia\",\"unit\":\"\(unit)\",\"median\":\(fmt(median)),\"min\":\(fmt(min)),\"max\":\(fmt(max)),\"runs\":\(samples.count)"
        if let items, items > 0 {
            let per = { (ms: Double) in fmt(ms * 1000 / Double(items)) }
            fields += ",\"items\":\(items),\"perItemUs\":{\"median\":\(per(median)),\"min\":\(per(min)),\"max\":\(per(max))}"
        }
        return "{\(fields),\"peakMB\":\(fmt(peakMemoryMB()))}"
    }

    var tableRow: String {
        var row = name.padding(toLength: 52, withPad: " ", startingAt: 0)
            + [median, min, max].map { fmt($0).leftPadded(10) }.joined() + "  \(unit)"
        if let items, items > 0 { row += String(format: "   (%.2f µs per item)", median * 1000 / Double(items)) }
        return row
    }

    static var tableHeader: String {
        "scenario".padding(toLength: 52, withPad: " ", startingAt: 0) + "median".leftPadded(10) + "min".leftPadded(10) + "max".leftPadded(10)
    }

    private func fmt(_ v: Double) -> String { String(format: v < 1 ? "%.4f" : "%.3f", v) }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: Swift.max(0, width - count)) + self }
}

/// Peak resident memory of this process so far, in MB (Linux: VmHWM).
func peakMemoryMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return .nan }
    return kb / 1024
}
