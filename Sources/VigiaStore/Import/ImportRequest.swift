import VigiaCore

/// What `vigia import` was asked to do with one file.
public struct ImportRequest: Sendable {
    public let path: String
    /// nil detects the format from the header.
    public let format: ImportFormat?
    public let dryRun: Bool
    /// The day from which the file's figures count as known (the release date; default today).
    public let vintage: CalendarDate
    /// When the import ran, ISO 8601, for the batch record.
    public let importedAt: String
    /// The file's hash, when it was started before the request (nil: the import starts it). The
    /// caller abandons it if the import is never asked for.
    public let hash: BackgroundHash?

    public init(path: String, format: ImportFormat?, dryRun: Bool, vintage: CalendarDate, importedAt: String,
                hash: BackgroundHash? = nil) {
        self.path = path
        self.format = format
        self.dryRun = dryRun
        self.vintage = vintage
        self.importedAt = importedAt
        self.hash = hash
    }
}
