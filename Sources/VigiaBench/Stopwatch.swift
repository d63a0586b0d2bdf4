import Foundation

/// Repeated timings of one piece of work, summarised the way noisy machines need: median,
/// min and max (never a mean).
struct Measurement {
    let name: String
    let unit: String
    let samples: [Double]

    var median: Double {
        let s = samples.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
    var min: Double { samples.min() ?? .nan }
    var max: Double { samples.max() ?? .nan }

    /// Times `body` `runs` times (after `warmup` untimed runs), in milliseconds.
    static func time(_ name: String, runs: Int, warmup: Int = 3, _ body: () -> Void) -> Measurement {
        for _ in 0..<warmup { body() }
        var samples: [Double] = []
        samples.reserveCapacity(runs)
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return Measurement(name: name, unit: "ms", samples: samples)
    }

    var jsonLine: String {
        "{\"scenario\":\"\(name)\",\"unit\":\"\(unit)\",\"median\":\(fmt(median)),\"min\":\(fmt(min)),\"max\":\(fmt(max)),\"runs\":\(samples.count)}"
    }

    var tableRow: String {
        name.padding(toLength: 44, withPad: " ", startingAt: 0)
            + [median, min, max].map { fmt($0).leftPadded(10) }.joined() + "  \(unit)"
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
