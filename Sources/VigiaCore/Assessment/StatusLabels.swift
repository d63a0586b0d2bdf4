/// The words for statuses, in both languages, once: screens, reports and the sentences that
/// explain a status all use these.
extension ProgressStatus {
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.met, .en): "met"
        case (.onTrack, .en): "on track"
        case (.moderate, .en): "moderate"
        case (.insufficient, .en): "insufficient"
        case (.movingAway, .en): "moving away"
        case (.noTarget, .en): "no target"
        case (.notAssessable, .en): "not assessable"
        case (.met, .es): "cumplida"
        case (.onTrack, .es): "en curso"
        case (.moderate, .es): "moderado"
        case (.insufficient, .es): "insuficiente"
        case (.movingAway, .es): "alejándose"
        case (.noTarget, .es): "sin meta"
        case (.notAssessable, .es): "no evaluable"
        }
    }
}

extension NoTargetClass {
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.significantProgress, .en): "significant progress"
        case (.moderateProgress, .en): "moderate progress"
        case (.moderateMovementAway, .en): "moderate movement away"
        case (.significantMovementAway, .en): "significant movement away"
        case (.significantProgress, .es): "avance significativo"
        case (.moderateProgress, .es): "avance moderado"
        case (.moderateMovementAway, .es): "retroceso moderado"
        case (.significantMovementAway, .es): "retroceso significativo"
        }
    }
}

extension TrendTestKind {
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.mannKendall, _): "Mann-Kendall"
        case (.hamedRao, .en): "Mann-Kendall, Hamed-Rao correction"
        case (.yueWang, .en): "Mann-Kendall, Yue-Wang correction"
        case (.seasonalMannKendall, .en): "seasonal Mann-Kendall"
        case (.correlatedSeasonal, .en): "correlated seasonal Mann-Kendall (Hipel-McLeod)"
        case (.hamedRao, .es): "Mann-Kendall, corrección de Hamed-Rao"
        case (.yueWang, .es): "Mann-Kendall, corrección de Yue-Wang"
        case (.seasonalMannKendall, .es): "Mann-Kendall estacional"
        case (.correlatedSeasonal, .es): "Mann-Kendall estacional correlacionado (Hipel-McLeod)"
        }
    }
}

extension TrendDirection {
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.increasing, .en): "increasing"
        case (.decreasing, .en): "decreasing"
        case (.noTrend, .en): "no trend"
        case (.increasing, .es): "al alza"
        case (.decreasing, .es): "a la baja"
        case (.noTrend, .es): "sin tendencia"
        }
    }
}
