import Foundation

/// Notices edits under a folder by polling sizes and modification times: simple, portable,
/// and cheap for a config folder of a few dozen files.
struct ConfigWatcher {
    let folder: String
    private var last: [String: String]

    init(folder: String) {
        self.folder = folder
        last = Self.fingerprint(folder)
    }

    /// True once after any file was added, removed or changed since the last call.
    mutating func changed() -> Bool {
        let now = Self.fingerprint(folder)
        defer { last = now }
        return now != last
    }

    static func fingerprint(_ folder: String) -> [String: String] {
        let fm = FileManager.default
        var result: [String: String] = [:]
        guard let paths = fm.enumerator(atPath: folder) else { return result }
        for case let path as String in paths where !path.hasPrefix(".") && !path.contains("/.") {
            guard let attrs = try? fm.attributesOfItem(atPath: folder + "/" + path),
                  attrs[.type] as? FileAttributeType == .typeRegular else { continue }
            let size = attrs[.size] as? Int ?? -1
            let time = (attrs[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            result[path] = "\(size) \(time)"
        }
        return result
    }
}
