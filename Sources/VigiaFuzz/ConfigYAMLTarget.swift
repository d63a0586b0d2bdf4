import Foundation
import VigiaConfig

/// The configuration loader with one YAML file's text replaced by the input (`replacing:`, the
/// path `targets revise` validates through). The other files are the real YAML ones, copied into a
/// scratch folder (the loader reads no data file: those are the store's, see `long-csv`).
struct ConfigYAMLTarget: FuzzTarget {
    let file: String
    let directory: String

    init(replacing file: String) throws {
        self.file = file
        directory = FuzzEnvironment.scratchFolder
        let manager = FileManager.default
        try? manager.removeItem(atPath: directory)
        try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let source = FuzzEnvironment.configDirectory
        for name in try manager.contentsOfDirectory(atPath: source) where name.hasSuffix(".yaml") {
            try manager.copyItem(atPath: source + "/" + name, toPath: directory + "/" + name)
        }
    }

    func run(_ bytes: UnsafeRawBufferPointer) {
        // Invalid UTF-8 is the reader's concern (it reports it); here the loader gets text.
        let text = String(decoding: bytes, as: UTF8.self)
        _ = try? ConfigLoader.load(directory: directory, replacing: [file: text])
    }
}
