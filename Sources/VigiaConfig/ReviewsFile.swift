import VigiaCore
import Yams

/// `reviews.yaml` (optional): the dates of the committee's reviews, so the dashboard can mark
/// what changed since the last one.
struct ReviewsFile {
    static let name = "reviews.yaml"
    static let rootKeys = ["reviews"]
    static let reviewKeys = ["date", "forum"]

    var reviews: [Review] = []

    init(_ document: YAMLDocument, log: DiagnosticLog) {
        guard let rootNode = document.root else { return }
        guard let root = MappingReader(rootNode, allowed: Self.rootKeys, in: document, log: log) else { return }
        reviews = root.list("reviews").compactMap { node in
            guard let m = MappingReader(node, allowed: Self.reviewKeys, in: document, log: log) else { return nil }
            let date = m.date("date"), forum = m.string("forum")
            guard let date, let forum else { return nil }
            return Review(date: date, forum: forum)
        }.sorted { $0.date < $1.date }
    }
}
