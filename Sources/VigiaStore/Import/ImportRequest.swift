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

    public init(path: String, format: ImportFormat?, dryRun: Bool, vintage: CalendarDate, importedAt: String) {
        self.path = path
        self.format = format
        self.dryRun = dryRun
        self.vintage = vintage
        self.importedAt = importedAt
    }
}
