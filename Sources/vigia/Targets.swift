import ArgumentParser
import Foundation
import VigiaConfig
import VigiaCore
import VigiaRender

/// `vigia targets`: the record of agreed targets, and how to add to it.
struct Targets: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List targets, show an indicator's target history, or record a revision.",
        subcommands: [TargetsList.self, TargetsHistory.self, TargetsRevise.self],
        defaultSubcommand: TargetsList.self)
}
