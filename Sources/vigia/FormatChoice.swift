import ArgumentParser
import VigiaCore

/// `--format`: a format, or `auto`.
enum FormatChoice: ExpressibleByArgument, Equatable {
    case auto
    case format(ImportFormat)

    init?(argument: String) {
        if argument == "auto" { self = .auto; return }
        guard let format = ImportFormat(rawValue: argument) else { return nil }
        self = .format(format)
    }

    var format: ImportFormat? {
        if case .format(let f) = self { return f }
        return nil
    }

    static var allValueStrings: [String] { ["auto"] + ImportFormat.allCases.map(\.rawValue) }

    static var allValueDescriptions: [String: String] {
        var descriptions = ["auto": "Tell the format from the header."]
        for format in ImportFormat.allCases {
            descriptions[format.rawValue] = switch format {
            case .sesnspEstatal: "SESNSP state crime file (cp1252 or UTF-8)."
            case .sesnspMunicipal: "SESNSP municipal crime file."
            case .sesnspVictimas: "SESNSP victims file."
            case .cdcVSRR: "CDC VSRR provisional overdose death counts."
            case .cbpDrugs: "CBP nationwide drug seizures."
            case .csv: "The long CSV of Config/data/: indicator,period,value[,geo][,source][,note][,published]."
            }
        }
        return descriptions
    }
}
