import VigiaCore

/// Every label and message the screens and reports show, in English and Spanish.
///
/// One catalog: widgets and screens never hold string literals meant for people. Exhaustive
/// switches mean a phrase cannot exist in one language only.
public enum Phrase: Hashable, Sendable {
    case appTitle
    case asOf(CalendarDate)
    case dataTo(Period)
    case indicator, latest, change, trend, progress, statusHeader, flags, target, baseline, unit, source
    case goal, period, value, forum, rationale, agreed, projection, methodHeader, ratio, basisHeader
    case illustrative
    case illustrativeNote
    case noData
    case overview, detail, flagsView, help, places
    case tooSmall(needWidth: Int, needHeight: Int, haveWidth: Int, haveHeight: Int)
    case status(ProgressStatus)
    case trendDirection(TrendDirection)
    case noTargetClass(NoTargetClass)
    case basis(ProgressBasis)
    case method(ProgressMethod)
    case trendTest(TrendTestKind)
    case trendSummary(n: Int, p: String, tau: String)
    case senSlope
    case trendChoice(TrendTestChoiceReason)
    case valuesTested, yearlySums(Period)
    case borderline
    case margin
    case shortTerm(years: Int), shortTermDetail(from: String, rate: String, ratio: String)
    case lastYear(Frequency), lastYearDetail(change: String, from: String)
    case projectionSince(Period), projectionShortTerm(years: Int), projectedShortTerm(years: Int)
    case flooredAtZero
    case borderlineNote(String)
    case eventsTitle, breaksTitle, dateHeader, kindHeader, eventHeader
    case eventKind(EventKind)
    case breakKind(BreakKind)
    case comparableSince(Period, BreakKind)
    case shortTermSinceBreak(Period)
    case fiscalYears(startMonth: Int)
    case frequency(Frequency)
    case actualRate, requiredRate, fractionOfGap
    case targetHistory, original
    case series, targetPath, formerTargetPath, projected
    case trailing12
    case filter(String)
    case sortedBy(SortOrder)
    case sortOrder(SortOrder)
    case keyHint(KeyHint)
    case helpKey(HelpItem)
    case noIndicatorsMatch
    case noFlags
    case since
    case description
    case report
    case reportSubtitle
    case startPoint
    case severity(Severity)
    case rule(RuleID)
    case decision(DecisionKind)
    case decisionRecorded(CalendarDate)
    case addressed
    case flagCount(open: Int, addressed: Int)
    case sinceWhen(Period)
    case adjustment
    case processControl
    case centreLine, processLimits, signals
    case assurance(Assurance)
    case variation(Variation)
    case signal(SpecialCauseTest)
    case reading(Reading)
    case perPeriodNote(Frequency)
    case earlierSignals(Int)
    case severityHeader, ruleHeader, decisionHeader
    case changesSince(CalendarDate, CalendarDate)
    case statusChangesTitle, newFlagsTitle, clearedFlagsTitle, targetRevisionsTitle, dataRevisionsTitle, newObservationsTitle
    case before, now, none, newValues, recorded
    case changedSinceReview(CalendarDate)
    case notice(Notice)
    case flagsKeys, noReview, openFlag, dataToChaseHint
    case twelveMonthsShort, dataHeader, ageHeader, staleNote
    /// The grade of the figures a status rests on: the Detail's line and the note under the Overview.
    case gradeHeader, grade(Confidence), gradeNote(medium: String, low: String)
    /// Values derived from running totals: the Detail's line.
    case derivedHeader, derivedFromTotals(RunningTotals.Summary)
    case twelveMonthsTo(String)
    case ageMonths(Int)
    /// The header's range of data dates: the oldest and the newest latest figure.
    case dataRange(from: Period, to: Period)
    case helpKeysTitle, legendStatuses, legendFlags, legendMarks
    case statusDefinition(ProgressStatus)
    case severityDefinition(Severity)
    case legend(LegendMark)
    case flagsShown(Int)
    case flagsDecided(FlagsInbox.Decided)
    case newSinceReview(CalendarDate)
    case dataToChase(Int)
    /// A break's kind, before its note in a chart's legend.
    case seriesBreak(BreakKind)
    /// Periods with no value between the first and the last of the trend window.
    case missingInWindow(missing: Int, of: Int, Frequency)

    public func text(_ language: Language) -> String {
        switch language {
        case .en: english
        case .es: spanish
        }
    }
}

/// The marks the Help legend explains besides statuses and flags.
public enum LegendMark: Sendable, CaseIterable {
    case progressBar, belowZero, illustrative, borderline, changedSinceReview, sparkline, noValue, revision, seriesBreak
    case events, binational, rate, stale, twelveMonths, wrongWay, mediumGrade, lowGrade
}

/// The orders the Overview can be sorted in (`s` cycles through them).
public enum SortOrder: String, Sendable, CaseIterable {
    case goal, status, name, change
}

/// The short hints in the footer.
public enum KeyHint: Sendable, CaseIterable {
    case move, open, back, filter, sort, flags, language, help, quit, scroll, places, reverse, municipalities
}

/// Every key the Help screen explains.
public enum HelpItem: Sendable, CaseIterable {
    case move, open, back, tab, filter, sort, flags, language, reload, help, quit, mouse, places, reverse, municipalities
}
