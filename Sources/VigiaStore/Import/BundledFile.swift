import VigiaCore

/// One data file of the configuration (`Config/data/*.csv`): where it is, and, once read by
/// `BundledData`, the figures it gives. `Store.seed` records it by content hash.
public struct BundledFile: Sendable {
    /// Full path, for reading its bytes (the store records files by content hash).
    public let path: String
    /// Relative to the config directory, as the configuration lists it: `data/x.csv`.
    public let name: String
    /// Its figures, as read and checked; none when held or not yet read.
    public internal(set) var observations: [Observation] = []
    /// Skipped: the store holds this very content (its figures are not here).
    public internal(set) var held = false

    /// A data file as the configuration declares it, not yet read.
    public init(path: String, name: String) {
        self.path = path
        self.name = name
    }
}
