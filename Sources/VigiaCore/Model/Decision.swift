/// What the committee decided about a flag: the lessons-learned record (`Config/lessons.yaml`).
public struct Decision: Hashable, Sendable {
    public let indicator: String
    public let rule: RuleID
    /// When it was decided; it addresses flags from then on (design.md, decisions log).
    public let date: CalendarDate
    public let kind: DecisionKind
    /// Why: a decision without its reason cannot be defended later.
    public let note: String

    public init(indicator: String, rule: RuleID, date: CalendarDate, kind: DecisionKind, note: String) {
        self.indicator = indicator
        self.rule = rule
        self.date = date
        self.kind = kind
        self.note = note
    }
}

/// The four answers a committee can give to a flag.
public enum DecisionKind: String, Sendable, CaseIterable {
    /// The flag is understood and the approach stands.
    case keepCourse = "keep-course"
    /// The strategy changes.
    case changeApproach = "change-approach"
    /// The target changes (recorded separately as a target revision).
    case reviseTarget = "revise-target"
    /// The figures are wrong or incomplete and are being corrected.
    case fixData = "fix-data"

    public var label: LocalizedText {
        switch self {
        case .keepCourse: LocalizedText(en: "keep course", es: "mantener el rumbo")
        case .changeApproach: LocalizedText(en: "change approach", es: "cambiar el enfoque")
        case .reviseTarget: LocalizedText(en: "revise target", es: "revisar la meta")
        case .fixData: LocalizedText(en: "fix data", es: "corregir los datos")
        }
    }
}
