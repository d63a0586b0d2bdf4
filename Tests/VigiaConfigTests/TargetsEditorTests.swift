import Foundation
import Testing
import VigiaCore
@testable import VigiaConfig

/// `vigia targets revise` as text surgery: the new revision appended, everything else untouched.
struct TargetsEditorTests {
    /// A targets file with comments, blank lines, flow and block styles, and odd spacing, all of
    /// which must survive byte for byte.
    static let original = """
    # The committee's targets.   (comment with trailing spaces)   
    targets:
      # Homicides first.
      - indicator: mx.hom
        baseline: {period: "2019", value: 34000}   # the 2019 sum
        target: {period: "2030", value: 17000}
        agreed: 2021-10-08
        forum: "Dialogue"
        illustrative: true    # until the committee says otherwise
        revisions:
          - agreed: 2023-10-13
            target: {period: "2030", value: 20000}
            forum: "Dialogue"
            rationale: "Slower than planned."

      # Extraditions: no revision yet.
      - indicator: ext
        baseline:
          period: "2019"
          value: 58
        target: {period: "2030", value: 100}
        agreed: 2021-10-08
        forum: 'Dialogue'
        illustrative: true
    # trailing comment
    """

    static let catalog: Catalog = {
        let goals = [Goal(id: "g", name: .init(en: "G", es: "G"))]
        let indicators = [
            Indicator(id: "mx.hom", goal: "g", name: .init(en: "H", es: "H"), unit: .init(en: "v", es: "v"), country: .MX,
                      direction: .decrease, frequency: .annual, source: "s", progress: .cagr),
            Indicator(id: "ext", goal: "g", name: .init(en: "E", es: "E"), unit: .init(en: "p", es: "p"), country: .BI,
                      direction: .increase, frequency: .annual, source: "s", progress: .linear),
        ]
        let targets = [
            Target(indicator: "mx.hom", baseline: PeriodValue(period: .year(2019), value: 34000),
                   history: [TargetRevision(agreed: CalendarDate("2021-10-08")!, target: PeriodValue(period: .year(2030), value: 17000), forum: "Dialogue"),
                             TargetRevision(agreed: CalendarDate("2023-10-13")!, target: PeriodValue(period: .year(2030), value: 20000), forum: "Dialogue")],
                   illustrative: true),
            Target(indicator: "ext", baseline: PeriodValue(period: .year(2019), value: 58),
                   history: [TargetRevision(agreed: CalendarDate("2021-10-08")!, target: PeriodValue(period: .year(2030), value: 100), forum: "Dialogue")],
                   illustrative: true),
        ]
        return Catalog(goals: goals, indicators: indicators, targets: targets)
    }()

    static func revision(_ id: String = "mx.hom", value: Double = 22000, by: Period = .year(2030),
                         agreed: String = "2025-11-20", committee: Bool = false) -> ProposedRevision {
        ProposedRevision(indicator: id, value: value, period: by, agreed: CalendarDate(agreed)!,
                         forum: "Security \"Implementation\" Group", rationale: "Pace since 2023: 22,000 is realistic.",
                         committeeFigure: committee)
    }

    /// The lines of `after` that are not in `before`, and whether `before`'s lines all survive in order.
    static func inserted(_ before: String, _ after: String) -> (added: [String], kept: Bool) {
        let old = before.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = after.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var i = 0, added: [String] = []
        for line in new {
            if i < old.count && old[i] == line { i += 1 } else { added.append(line) }
        }
        return (added, i == old.count)
    }

    @Test func appendsToExistingRevisionsAndKeepsEverythingElseByteForByte() throws {
        let after = try TargetsEditor.append(Self.revision(), to: Self.original, catalog: Self.catalog)
        let (added, kept) = Self.inserted(Self.original, after)
        #expect(kept)
        #expect(added == [
            "      - agreed: 2025-11-20",
            "        target: {period: \"2030\", value: 22000}",
            "        forum: \"Security \\\"Implementation\\\" Group\"",
            "        rationale: \"Pace since 2023: 22,000 is realistic.\"",
        ])
        // Inserted right after the last revision, before the blank line and the next entry's comment.
        #expect(after.contains("rationale: \"Slower than planned.\"\n      - agreed: 2025-11-20"))
        // The result is valid YAML that reads back with the new revision.
        let doc = try #require(try Yams_compose(after))
        #expect(doc.contains("22000"))
    }

    @Test func startsARevisionsListWhenThereIsNone() throws {
        let after = try TargetsEditor.append(Self.revision("ext", value: 120), to: Self.original, catalog: Self.catalog)
        let (added, kept) = Self.inserted(Self.original, after)
        #expect(kept)
        #expect(added == [
            "    revisions:",
            "      - agreed: 2025-11-20",
            "        target: {period: \"2030\", value: 120}",
            "        forum: \"Security \\\"Implementation\\\" Group\"",
            "        rationale: \"Pace since 2023: 22,000 is realistic.\"",
        ])
        #expect(after.hasSuffix("    illustrative: true\n    revisions:\n      - agreed: 2025-11-20\n        target: {period: \"2030\", value: 120}\n        forum: \"Security \\\"Implementation\\\" Group\"\n        rationale: \"Pace since 2023: 22,000 is realistic.\"\n# trailing comment"))
    }

    @Test func aCommitteeFigureDropsIllustrativeAndNothingElse() throws {
        let after = try TargetsEditor.append(Self.revision(committee: true), to: Self.original, catalog: Self.catalog)
        let plain = try TargetsEditor.append(Self.revision(), to: Self.original, catalog: Self.catalog)
        #expect(after == plain.replacingOccurrences(of: "    illustrative: true    # until the committee says otherwise\n", with: ""))
        #expect(after.contains("forum: 'Dialogue'\n    illustrative: true\n"), "the other target keeps its label")
    }

    @Test func refusals() {
        func refusal(_ r: ProposedRevision) -> RevisionRefusal? {
            do { _ = try TargetsEditor.append(r, to: Self.original, catalog: Self.catalog); return nil } catch { return error }
        }
        #expect(refusal(Self.revision("mx.homs")) == .unknownIndicator("mx.homs", suggestion: "mx.hom"))
        #expect(refusal(Self.revision(by: .year(2019))) == .periodNotAfterBaseline(period: "2019", baseline: "2019"))
        #expect(refusal(Self.revision(agreed: "2023-01-01")) == .agreedBeforePrevious(agreed: "2023-01-01", previous: "2023-10-13"))
        #expect(refusal(Self.revision(value: 40000)) == .wrongDirection(value: "40000", baseline: "34000", direction: .decrease))
        #expect(refusal(Self.revision("ext", value: 10)) == .wrongDirection(value: "10", baseline: "58", direction: .increase))
        #expect(refusal(Self.revision(value: 0)) == .notPositive(value: "0"))
        #expect(RevisionRefusal.wrongDirection(value: "40000", baseline: "34000", direction: .decrease).message(.en)
                == "a target of 40000 is above the baseline of 34000, but this indicator should decrease")
        #expect(RevisionRefusal.agreedBeforePrevious(agreed: "2023-01-01", previous: "2023-10-13").message(.es)
                == "la fecha de acuerdo 2023-01-01 es anterior al acuerdo previo (2023-10-13); las revisiones se registran en orden")
    }

    @Test func flowStyleEntriesAreRefusedNotMangled() {
        let flow = "targets:\n  - {indicator: mx.hom, baseline: {period: \"2019\", value: 34000}, target: {period: \"2030\", value: 17000}, agreed: 2021-10-08, forum: F}\n"
        #expect(throws: RevisionRefusal.flowStyle) { try TargetsEditor.append(Self.revision(), to: flow, catalog: Self.catalog) }
    }
}

/// Parses YAML text (via the loader's document type) to check the edited file still reads.
func Yams_compose(_ text: String) throws -> String? {
    let log = DiagnosticLog()
    let document = YAMLDocument(file: "t.yaml", text: text, log: log)
    return log.isEmpty && document.root != nil ? text : nil
}

/// Files the committee may have written by hand in another valid style.
struct TargetsEditorStyleTests {
    /// Four-space indentation, `- ` followed by three spaces, and `revisions` before other keys:
    /// the new revision joins the list as its items are written, not after the entry's last key.
    static let fourSpaces = """
    targets:
        -   indicator: mx.hom
            revisions:
                -   agreed: 2023-10-13
                    target: {period: "2030", value: 20000}
                    forum: "Dialogue"
            baseline: {period: "2019", value: 34000}
            target: {period: "2030", value: 17000}
            agreed: 2021-10-08
            forum: "Dialogue"
            illustrative: true

    """

    @Test func aRevisionJoinsAListWrittenInAnotherStyle() throws {
        let after = try TargetsEditor.append(TargetsEditorTests.revision(), to: Self.fourSpaces, catalog: TargetsEditorTests.catalog)
        #expect(after.contains([
            "                forum: \"Dialogue\"",
            "            -   agreed: 2025-11-20",
            "                target: {period: \"2030\", value: 22000}",
            "                forum: \"Security \\\"Implementation\\\" Group\"",
            "                rationale: \"Pace since 2023: 22,000 is realistic.\"",
            "        baseline: {period: \"2019\", value: 34000}",
        ].joined(separator: "\n")))
        #expect(try Yams_compose(after) != nil)
    }

    @Test func crlfAndAByteOrderMarkSurvive() throws {
        let crlf = "\u{FEFF}" + TargetsEditorTests.original.replacingOccurrences(of: "\n", with: "\r\n")
        let after = try TargetsEditor.append(TargetsEditorTests.revision(committee: true), to: crlf, catalog: TargetsEditorTests.catalog)
        let plain = try TargetsEditor.append(TargetsEditorTests.revision(committee: true), to: TargetsEditorTests.original,
                                             catalog: TargetsEditorTests.catalog)
        #expect(after == "\u{FEFF}" + plain.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test func anAgreedDateAfterTodayIsRefused() {
        #expect(throws: RevisionRefusal.agreedInFuture(agreed: "9999-12-31", today: "2026-01-15")) {
            try TargetsEditor.append(TargetsEditorTests.revision(agreed: "9999-12-31"), to: TargetsEditorTests.original,
                                     catalog: TargetsEditorTests.catalog, today: CalendarDate("2026-01-15")!)
        }
    }
}
