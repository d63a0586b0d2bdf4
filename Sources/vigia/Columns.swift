import VigiaRender

/// Plain aligned columns for command output.
enum Columns {
    static func render(_ rows: [[String]]) -> String {
        let widths = (0..<(rows.map(\.count).max() ?? 0)).map { c in rows.map { c < $0.count ? TextWidth.of($0[c]) : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { TextWidth.pad(Sanitizer.clean($1, keepNewlines: false), to: widths[$0]) }
                .joined(separator: "  ").replacingOccurrences(of: " +$", with: "", options: .regularExpression)
        }.joined(separator: "\n") + "\n"
    }
}
