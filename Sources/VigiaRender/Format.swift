import VigiaCore

/// Number formatting for people: thousands separators, sensible decimals.
public enum Format {
    /// The core's `NumberText`, so reports and flag messages write numbers identically.
    public static func number(_ value: Double, decimals: Int? = nil) -> String {
        NumberText.grouped(value, decimals: decimals)
    }
}
