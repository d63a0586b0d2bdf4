import ArgumentParser
import VigiaCore

/// `--fail-on`: the conditions under which a scheduled report job should exit 3.
///
/// Only unaddressed flags count. Once the committee has recorded a decision on a flag
/// (`Config/lessons.yaml`) the job has done its work of drawing attention to it; failing on
/// every later run would train people to ignore the exit code. Only the selected indicators
/// (`--indicator`) are considered.
enum FailOn: String, ExpressibleByArgument, CaseIterable {
    case movingAway = "moving-away"
    case offPace = "off-pace"
    case anyFlag = "any-flag"

    static var allValueDescriptions: [String: String] {
        ["moving-away": "An indicator moving away from its target.",
         "off-pace": "Progress too slow to meet the target in time.",
         "any-flag": "Any flag."]
    }

    func matches(_ flag: VigiaCore.Flag) -> Bool {
        switch self {
        case .movingAway: flag.rule == .movingAway
        case .offPace: flag.rule == .offPace
        case .anyFlag: true
        }
    }

    /// The exit-3 error when any condition holds, naming the flags that trip it.
    static func failure(_ conditions: [FailOn], in dashboard: Dashboard, language: Language) -> CLIError? {
        let open = dashboard.flags.filter { entry in
            !entry.flag.isAddressed && conditions.contains { $0.matches(entry.flag) }
        }
        guard !open.isEmpty else { return nil }
        let names = conditions.map(\.rawValue).joined(separator: ", ")
        let list = open.map { "\($0.indicator.id) (\($0.flag.rule.rawValue))" }.joined(separator: ", ")
        let message = language == .es
            ? "vigia: --fail-on \(names): \(open.count) alerta\(open.count == 1 ? "" : "s") sin atender: \(list)"
            : "vigia: --fail-on \(names): \(open.count) unaddressed flag\(open.count == 1 ? "" : "s"): \(list)"
        return CLIError(message: message, code: 3)
    }
}
