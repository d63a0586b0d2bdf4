/// divergence: two linked indicators tell contradictory stories (methods.md §6).
///
/// Each indicator's movement is its relative change over the last `windowYears` on its
/// progress basis (the yearly value, or the trailing twelve months), from the basis point
/// exactly that many years before its latest. Read through the indicator's desired direction,
/// a change of at least `minChange` is an improvement, of at most −`minChange` a worsening,
/// anything between is steady.
///
/// **Contradictory** means one indicator of the pair improves while the other worsens: the
/// two give opposite verdicts on the same strategy. Falling fentanyl seizures (worse) beside
/// falling overdose deaths (better) may mean less supply or weaker interdiction; rising
/// seizures (better) beside rising deaths (worse) mean interdiction is not reducing harm.
/// Either way the causal chain the strategy relies on needs examining. When both worsen the
/// verdicts agree; moving-away and off-pace already speak to that, so it is not flagged here.
///
/// Severity: warning — the strategy's logic is in question.
/// Since: the first period of this indicator's comparison window.
public struct DivergenceRule: FlagRule, Hashable {
    public static let id = RuleID.divergence
    public var windowYears = 3
    public var minChange = 0.05
    public var pairs: [IndicatorPair] = Self.defaultPairs

    public static let defaultPairs = [
        IndicatorPair("cbp.seizures.fentanyl", "us.overdose.synthetic"),
        IndicatorPair("mx.homicides", "cbp.firearms.outbound"),
        // Mexico's seizures against the U.S. side of the same chain: its seizures, and the deaths they should prevent.
        IndicatorPair("mx.seizures.fentanyl", "cbp.seizures.fentanyl"),
        IndicatorPair("mx.seizures.fentanyl", "us.overdose.synthetic"),
    ]

    public init(windowYears: Int = 3, minChange: Double = 0.05, pairs: [IndicatorPair] = Self.defaultPairs) {
        self.windowYears = windowYears
        self.minChange = minChange
        self.pairs = pairs
    }

    /// How one indicator moved over the window.
    struct Movement {
        let from: BasisPoint
        let to: BasisPoint
        let change: Double
        let reading: Reading?
    }

    func movement(_ a: Assessment) -> Movement? {
        guard let to = a.comparableBasis.last else { return nil }
        let aim = to.time - Double(windowYears)
        guard let from = a.comparableBasis.last(where: { abs($0.time - aim) < 1e-6 }), from.value != 0 else { return nil }
        let change = (to.value - from.value) / abs(from.value)
        let adjusted = a.indicator.direction.sign * change
        let reading: Reading? = adjusted >= minChange ? .improvement : (adjusted <= -minChange ? .concern : nil)
        return Movement(from: from, to: to, change: change, reading: reading)
    }

    public func evaluate(_ context: FlagContext) -> Finding? {
        let a = context.assessment
        guard let mine = movement(a), let myReading = mine.reading else { return nil }
        let contradicting: [(Assessment, Movement)] = pairs.compactMap { pair in
            guard let id = pair.partner(of: a.indicator.id), id != a.indicator.id, let other = context.peers[id],
                  let theirs = movement(other), let reading = theirs.reading, reading != myReading else { return nil }
            return (other, theirs)
        }
        guard !contradicting.isEmpty else { return nil }
        let shared = context.shared
        let message = DeferredText { l in
            contradicting.map { other, theirs in
                sentence(shared.value, mine, other, theirs, l)
            }.joined(separator: " ")
        }
        let adjustment = DeferredText { l in
            switch l {
            case .en: "Examine the causal chain between them: did supply, enforcement, or the way either is counted change?"
            case .es: "Examinar la cadena causal entre ambos: ¿cambió la oferta, la aplicación de la ley o la forma de contar alguno de ellos?"
            }
        }
        return Finding(severity: .warning, since: mine.from.period, message: message, adjustment: adjustment)
    }

    /// `A: -18.2% (2022–2025), a worsening; B: -51.2% (2023-01–2026-01), an improvement.`
    /// The names lead and the change follows, so the sentence reads in both languages
    /// whatever the gender and number of each name.
    func sentence(_ a: Assessment, _ mine: Movement, _ b: Assessment, _ theirs: Movement, _ l: Language) -> String {
        func part(_ x: Assessment, _ m: Movement) -> String {
            let verdict = switch (m.reading, l) {
            case (.improvement, .en): "an improvement"
            case (.improvement, .es): "una mejora"
            case (_, .en): "a worsening"
            case (_, .es): "un deterioro"
            }
            let change = NumberText.percent(m.change, language: l)
            return "\(x.indicator.name[l]): \(change) (\(x.indicator.label(m.from.period))–\(x.indicator.label(m.to.period))), \(verdict)"
        }
        switch l {
        case .en: return "Contradictory over \(windowYears) years. \(part(a, mine)); \(part(b, theirs))."
        case .es: return "Contradicción en \(windowYears) años. \(part(a, mine)); \(part(b, theirs))."
        }
    }
}
