/// not-comparable: the baseline (or the target) of an agreed target lies before a break in the
/// series, so it counts something other than the data after it (methods.md §7).
///
/// Holds when progress found the baseline or the target period before the latest break the data
/// crosses; no status is given then (`not-assessable`), since any ratio would compare two measures.
///
/// Severity: warning — the committee must re-base the target before progress can be judged.
/// Since: the break.
public struct NotComparableRule: FlagRule, Hashable {
    public static let id = RuleID.notComparable

    public init() {}

    public func evaluate(_ context: FlagContext) -> Finding? {
        let a = context.assessment
        guard let cut = a.progress.notComparable, let baseline = a.target?.baseline else { return nil }
        let unit = a.unit
        let message = DeferredText { l in
            let what = Wording.breakKind(cut.kind, l)
            switch l {
            case .en:
                return "The baseline (\(Wording.amount(baseline.value, unit, l)), \(baseline.period)) comes before the \(what) of \(cut.period): \(cut.note.en) A ratio between them would compare two different measures, so no status is given."
            case .es:
                return "La línea base (\(Wording.amount(baseline.value, unit, l)), \(baseline.period)) es anterior al \(what) de \(cut.period): \(cut.note.es) Una razón entre ellas compararía dos medidas distintas, por lo que no se da un estado."
            }
        }
        let adjustment = DeferredText { l in
            let what = Wording.breakKind(cut.kind, l)
            switch l {
            case .en: return "Re-base the target on \(Wording.breakSubject(cut.kind, l)): a baseline from \(cut.period) on, agreed and recorded in targets.yaml (the \(what) makes the old one a different measure)."
            case .es: return "Volver a fijar la meta para \(Wording.breakSubject(cut.kind, l)): una línea base desde \(cut.period), acordada y registrada en targets.yaml (el \(what) la convierte en una medida distinta)."
            }
        }
        return Finding(severity: .warning, since: cut.period, message: message, adjustment: adjustment)
    }
}
