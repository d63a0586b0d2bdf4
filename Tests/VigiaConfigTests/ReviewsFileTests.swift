import Testing
import VigiaCore
@testable import VigiaConfig

/// `reviews.yaml`: the committee's review dates, validated like the other files.
struct ReviewsFileTests {
    @Test func badDate() throws {
        try expectDiagnostics("reviews-bad-date", ["reviews.yaml:2:11: error: invalid date '2025-13-01' (expected YYYY-MM-DD)"])
    }

    @Test func unknownKeyWithSuggestion() throws {
        try expectDiagnostics("reviews-unknown-key", [
            "reviews.yaml:2:5: error: missing required field 'forum'",
            "reviews.yaml:3:5: error: unknown key 'forun' (did you mean 'forum'?)",
        ])
    }

    @Test func reviewsLoadInDateOrder() throws {
        let fixture = try Fixture("reviews-valid")
        defer { fixture.remove() }
        let catalog = try fixture.load().catalog
        #expect(catalog.reviews.map(\.forum) == ["A", "B"])
        #expect(catalog.reviews.first?.date == CalendarDate("2024-12-12"))
    }
}
