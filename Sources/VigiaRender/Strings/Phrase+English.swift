import VigiaCore

extension Phrase {
    static let monthsEN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    var english: String {
        switch self {
        case .appTitle: "Vigía"
        case .asOf(let d): "as of \(d)"
        case .dataTo(let p): "data to \(p)"
        case .indicator: "Indicator"
        case .latest: "Latest"
        case .change: "1y chg"
        case .trend: "Trend"
        case .progress: "Progress"
        case .statusHeader: "Status"
        case .flags: "Flags"
        case .target: "Target"
        case .baseline: "Baseline"
        case .unit: "Unit"
        case .source: "Source"
        case .goal: "Goal"
        case .period: "Period"
        case .value: "Value"
        case .forum: "Forum"
        case .rationale: "Rationale"
        case .agreed: "Agreed"
        case .projection: "Projection"
        case .methodHeader: "Method"
        case .ratio: "Ratio"
        case .basisHeader: "Basis"
        case .illustrative: "illustrative"
        case .illustrativeNote: "Targets marked illustrative are placeholders, not figures agreed by a binational body."
        case .noData: "no data"
        case .overview: "Overview"
        case .detail: "Detail"
        case .flagsView: "Flags"
        case .places: "Places"
        case .help: "Help"
        case .tooSmall(let nw, let nh, let hw, let hh): "terminal too small (need \(nw)×\(nh), have \(hw)×\(hh))"
        case .status(let s): s.label(.en)
        case .trendDirection(let d): d.label(.en)
        case .noTargetClass(let c): c.label(.en)
        case .basis(let b):
            switch b {
            case .latest: "latest value"
            case .trailing12Months: "trailing 12 months"
            }
        case .method(let m):
            switch m {
            case .cagr: "growth rate (CAGR)"
            case .linear: "linear"
            }
        case .trendTest(let t): t.label(.en)
        case .trendSummary(let n, let p, let tau): "n = \(n), \(p), τ = \(tau)"
        case .senSlope: "Sen slope"
        case .trendChoice(let c):
            switch c {
            case .configured: "as configured"
            case .checked(let s) where s.significant:
                "auto: serially correlated (lag-1 \(Format.decimal(s.lag1)) beyond ±\(Format.decimal(s.bound)), n = \(s.n))"
            case .checked(let s):
                "auto: no serial correlation (lag-1 \(Format.decimal(s.lag1)) within ±\(Format.decimal(s.bound)), n = \(s.n))"
            case .tooShortToCheck(let have, let need, let years):
                "auto: \(have) \(years ? "full years" : "values"), \(need) needed to check for serial correlation"
            case .cannotEstimate: "auto: constant once season and trend are removed, no serial correlation to estimate"
            }
        case .valuesTested: "Values"
        case .yearlySums(let p): "one 12-month sum a year, ending \(p)"
        case .borderline: "borderline"
        case .margin: "Margin"
        case .shortTerm(let years): "Last \(years) years"
        case .shortTermDetail(let from, let rate, let ratio): "from \(from): \(rate)/yr, ratio \(ratio)"
        case .lastYear(let f): f == .annual ? "Last year" : "Last 12 months"
        case .lastYearDetail(let change, let from): "\(change) (from \(from))"
        case .projectionSince(let p): "Projection (since \(p))"
        case .projectionShortTerm(let years): "Projection (\(years)-year rate)"
        case .projectedShortTerm(let years): "projection (\(years)-year rate)"
        case .flooredAtZero: "lower limit floored at 0: the quantity cannot be negative"
        case .eventsTitle: "Events"
        case .breaksTitle: "Series breaks"
        case .dateHeader: "Date"
        case .kindHeader: "Kind"
        case .eventHeader: "Event"
        case .eventKind(let k):
            switch k {
            case .agreement: "agreement"
            case .transfer: "transfer"
            case .operation: "operation"
            case .policy: "policy"
            case .methodology: "methodology"
            }
        case .breakKind(let k):
            switch k {
            case .scope: "scope"
            case .method: "method"
            case .classification: "classification"
            }
        case .comparableSince(let p, let k): "from \(p), after the \(Phrase.breakKind(k).english) break: no statistic spans it"
        case .shortTermSinceBreak(let p): "since the break of \(p)"
        case .fiscalYears(let m): "fiscal years \(Self.monthsEN[m - 1])–\(Self.monthsEN[(m + 10) % 12])"
        case .frequency(let f): f.rawValue
        case .borderlineNote(let share): "borderline: a change of \(share) or less in the latest value would change the status"
        case .actualRate: "Actual rate per year"
        case .requiredRate: "Required rate per year"
        case .fractionOfGap: "Gap closed"
        case .targetHistory: "Target history"
        case .original: "original"
        case .series: "series"
        case .targetPath: "target path"
        case .formerTargetPath: "earlier target"
        case .projected: "projection (rate since start)"
        case .trailing12: "trailing 12 months"
        case .filter(let f): "filter: \(f)"
        case .sortedBy(let o): "sorted by \(Phrase.sortOrder(o).english)"
        case .sortOrder(let o):
            switch o {
            case .goal: "goal"
            case .status: "status"
            case .name: "name"
            case .change: "change"
            }
        case .keyHint(let k):
            switch k {
            case .move: "move"
            case .open: "detail"
            case .back: "back"
            case .filter: "filter"
            case .sort: "sort"
            case .flags: "flags"
            case .language: "español"
            case .help: "help"
            case .quit: "quit"
            case .scroll: "scroll"
            case .places: "places"
            case .reverse: "reverse"
            case .municipalities: "municipalities"
            }
        case .helpKey(let h):
            switch h {
            case .move: "Move the selection (also j/k, PgUp/PgDn, Home/End)"
            case .open: "Open the selected indicator's detail"
            case .back: "Back to the screen before, as you left it"
            case .tab: "Next panel or indicator"
            case .filter: "Filter indicators by text (Enter keeps, Esc clears)"
            case .sort: "Cycle the sort: goal, status, name, change"
            case .flags: "The flags inbox (from a Detail: that indicator's flags)"
            case .language: "Switch between English and Spanish"
            case .reload: "Reload the configuration and data now"
            case .help: "This help"
            case .quit: "Quit"
            case .mouse: "Click a row to select it, double-click to open it"
            case .places: "Places below this one: count, rate, change, share (Detail)"
            case .reverse: "Reverse the sort (Overview, Places)"
            case .municipalities: "States or every municipality of the country (Places)"
            }
        case .noIndicatorsMatch: "No indicator matches the filter."
        case .noFlags: "No open flags."
        case .since: "since"
        case .description: "About"
        case .report: "Oversight report"
        case .reportSubtitle: "U.S.–Mexico security cooperation: indicators, progress against targets, and flags"
        case .startPoint: "Start, 5 years before"
        case .severity(let s):
            switch s {
            case .critical: "Critical"
            case .warning: "Warning"
            case .info: "Info"
            }
        case .rule(let r):
            switch r {
            case .movingAway: "moving away"
            case .offPace: "off pace"
            case .targetInfeasible: "target infeasible"
            case .targetMetEarly: "target met early"
            case .regimeChange: "regime change"
            case .staleData: "stale data"
            case .insufficientData: "insufficient data"
            case .dataRevised: "data revised"
            case .divergence: "divergence"
            case .notComparable: "not comparable"
            }
        case .decision(let d):
            switch d {
            case .keepCourse: "keep course"
            case .changeApproach: "change approach"
            case .reviseTarget: "revise target"
            case .fixData: "fix data"
            }
        case .decisionRecorded(let date): "Decision (\(date))"
        case .addressed: "addressed"
        case .flagCount(let open, let addressed): "\(open) open, \(addressed) addressed"
        case .sinceWhen(let p): "since \(p)"
        case .adjustment: "Suggested adjustment"
        case .processControl: "Process control (individuals chart)"
        case .centreLine: "centre line"
        case .processLimits: "process limits"
        case .signals: "Signals"
        case .assurance(let a):
            switch a {
            case .hitOrMiss: "hit or miss: the target lies inside the process limits"
            case .consistentlyPasses: "consistently passes: the process, as it runs, meets the target"
            case .consistentlyFails: "consistently fails: the process, as it runs, will not meet the target"
            }
        case .variation(let v):
            switch v {
            case .commonCause: "common cause variation"
            case .improvement: "special cause, improvement"
            case .concern: "special cause, concern"
            }
        case .signal(let t):
            switch t {
            case .outsideLimits: "point outside the limits"
            case .shift: "run on one side of the centre"
            case .trend: "steady run up or down"
            case .twoOfThree: "2 of 3 beyond 2σ"
            }
        case .reading(let r):
            switch r {
            case .improvement: "improvement"
            case .concern: "concern"
            }
        case .severityHeader: "Severity"
        case .changesSince(let d, let to): "Changes since \(d) (to \(to))"
        case .statusChangesTitle: "Status changes"
        case .newFlagsTitle: "New flags"
        case .clearedFlagsTitle: "Cleared flags"
        case .targetRevisionsTitle: "Target revisions"
        case .dataRevisionsTitle: "Data revisions"
        case .newObservationsTitle: "New observations"
        case .before: "Before"
        case .now: "Now"
        case .none: "none"
        case .newValues: "New values"
        case .recorded: "Recorded"
        case .flagsKeys: "v severity  o open/decided  n new since the review  / filter  Enter: the indicator at this flag"
        case .noReview: "no review recorded"
        case .openFlag: "open"
        case .dataToChaseHint: "Indicators whose source has not reported on time (Enter lists their flags one by one):"
        case .flagsShown(let n): "Flags: \(n) row\(n == 1 ? "" : "s")"
        case .flagsDecided(let d):
            switch d {
            case .all: "open and decided"
            case .open: "open only"
            case .decided: "decided only"
            }
        case .newSinceReview(let date): "new since the review of \(date)"
        case .dataToChase(let n): "Data to chase: \(n)"
        case .helpKeysTitle: "Keys"
        case .legendStatuses: "Statuses (progress against the target)"
        case .legendFlags: "Flags (⚑ column: the worst open flag and how many are open)"
        case .legendMarks: "Marks"
        case .statusDefinition(let s):
            switch s {
            case .movingAway: "the latest value is further from the target than the start: wrong direction"
            case .insufficient: "moving towards the target at under 60% of the pace it requires"
            case .moderate: "moving towards the target at 60–95% of the pace it requires"
            case .onTrack: "at 95% or more of the pace the target requires"
            case .met: "the target value is reached"
            case .notAssessable: "too little comparable data for a status (a break, a partial year, too few values)"
            case .noTarget: "no agreed target: the trend and the last five years are shown instead"
            }
        case .severityDefinition(let s):
            switch s {
            case .critical: "critical: act now (escalate, or revise the target)"
            case .warning: "warning: look at it before the next review"
            case .info: "information: worth knowing, nothing to decide"
            }
        case .legend(let m):
            switch m {
            case .progressBar: "share of the gap from the baseline to the target closed so far"
            case .belowZero: "the value moved away from the target: no part of the gap is closed"
            case .illustrative: "the target is illustrative: a placeholder, not agreed by a binational body"
            case .borderline: "borderline: a change of 2% or less in the latest value would change the status"
            case .changedSinceReview: "the status changed since the committee's last review"
            case .sparkline: "the values progress is judged on, one cell per period, the latest at the right"
            case .noValue: "no value (or no target, in the progress column)"
            case .revision: "in the target history: a revision of the target, with its date and forum"
            case .seriesBreak: "a series break on a chart: the figures before and after measure different things"
            case .events: "events on a chart, listed under it with their dates"
            case .binational: "country BI: a binational figure (both governments report it)"
            case .rate: "a rate: the count per 100,000 people of the place's population that year"
            case .stale: "stale: the source has not reported on its usual schedule"
            case .twelveMonths: "the value sums the 12 months ending in that month (what progress is judged on)"
            case .wrongWay: "a change in bold (red in colour) went the wrong way; plain (green) the desired way"
            case .mediumGrade: "before a value: medium confidence, one outlet's report of the official figure"
            case .lowGrade: "before a value: low confidence (rounded, ambiguous, conflicting); its status is at most a warning"
            }
        case .twelveMonthsShort: "12mo"
        case .dataHeader: "Of"
        case .ageHeader: "Age"
        case .twelveMonthsTo(let p): "12 mo to \(p)"
        case .ageMonths(let n): "\(n) mo"
        case .dataRange(let from, let to): "data \(from) to \(to)"
        case .staleNote: "stale: the source has not reported on its usual schedule (Flags: data to chase)"
        case .gradeHeader: "Grade"
        case .derivedHeader: "Derived"
        case .derivedFromTotals(let s):
            "\(s.derived) per-period value\(s.derived == 1 ? "" : "s") from \(s.totals) running totals since \(s.since) (consecutive periods only"
                + (s.negative > 0 ? "; \(s.negative) below zero left out)" : ")")
        case .grade(let g):
            switch g {
            case .high: "high"
            case .medium: "medium: one outlet's report"
            case .low: "low: a warning at most"
            }
        case .gradeNote(let medium, let low):
            "\(medium) medium-confidence figure; \(low) low-confidence figure, its status at most a warning (unmarked: high)"
        case .notice(let notice):
            switch notice {
            case .reloaded(let time): "reloaded \(time)"
            case .reloading: "reloading…"
            case .unknownKey: "that key does nothing here: ? for help"
            case .newData(let file, let user, let time): "new data: \(file), imported by \(user) at \(time)"
            }
        case .changedSinceReview(let d): "status changed since the review of \(d)"
        case .ruleHeader: "Flag"
        case .decisionHeader: "Decision"
        case .earlierSignals(let n): "\(n) earlier signal\(n == 1 ? "" : "s") not listed"
        case .perPeriodNote(let f): "values per \(f == .monthly ? "month" : f == .quarterly ? "quarter" : "year"), as recorded"
        case .seriesBreak(let kind): "series break (\(Phrase.breakKind(kind).english))"
        case .missingInWindow(let missing, let of, let f):
            "Missing \(missing) of \(of) \(f == .monthly ? "months" : f == .quarterly ? "quarters" : "years") in the window"
        }
    }
}
