import VigiaCore

extension Phrase {
    static let monthsES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]

    var spanish: String {
        switch self {
        case .appTitle: "Vigía"
        case .asOf(let d): "al \(d)"
        case .dataTo(let p): "datos hasta \(p)"
        case .indicator: "Indicador"
        case .latest: "Último"
        case .change: "Var. 1a"
        case .trend: "Tendencia"
        case .progress: "Avance"
        case .statusHeader: "Estado"
        case .flags: "Alertas"
        case .target: "Meta"
        case .baseline: "Línea base"
        case .unit: "Unidad"
        case .source: "Fuente"
        case .goal: "Objetivo"
        case .period: "Periodo"
        case .value: "Valor"
        case .forum: "Foro"
        case .rationale: "Justificación"
        case .agreed: "Acordada"
        case .projection: "Proyección"
        case .methodHeader: "Método"
        case .ratio: "Razón"
        case .basisHeader: "Base"
        case .illustrative: "ilustrativa"
        case .illustrativeNote: "Las metas marcadas como ilustrativas son supuestos, no cifras acordadas por un órgano binacional."
        case .noData: "sin datos"
        case .overview: "Resumen"
        case .detail: "Detalle"
        case .flagsView: "Alertas"
        case .places: "Lugares"
        case .help: "Ayuda"
        case .tooSmall(let nw, let nh, let hw, let hh): "terminal demasiado pequeña (se necesita \(nw)×\(nh), hay \(hw)×\(hh))"
        case .status(let s): s.label(.es)
        case .trendDirection(let d): d.label(.es)
        case .noTargetClass(let c): c.label(.es)
        case .basis(let b):
            switch b {
            case .latest: "último valor"
            case .trailing12Months: "últimos 12 meses"
            }
        case .method(let m):
            switch m {
            case .cagr: "tasa de crecimiento (TCAC)"
            case .linear: "lineal"
            }
        case .trendTest(let t): t.label(.es)
        case .trendSummary(let n, let p, let tau): "n = \(n), \(p), τ = \(tau)"
        case .senSlope: "Pendiente de Sen"
        case .trendChoice(let c):
            switch c {
            case .configured: "según la configuración"
            case .checked(let s) where s.significant:
                "auto: con autocorrelación (lag 1 \(Format.decimal(s.lag1)) fuera de ±\(Format.decimal(s.bound)), n = \(s.n))"
            case .checked(let s):
                "auto: sin autocorrelación (lag 1 \(Format.decimal(s.lag1)) dentro de ±\(Format.decimal(s.bound)), n = \(s.n))"
            case .tooShortToCheck(let have, let need, let years):
                "auto: \(have) \(years ? "años completos" : "valores"), se necesitan \(need) para revisar la autocorrelación"
            case .cannotEstimate: "auto: constante sin estacionalidad ni tendencia, no hay autocorrelación que estimar"
            }
        case .valuesTested: "Valores"
        case .yearlySums(let p): "una suma de 12 meses por año, hasta \(p)"
        case .borderline: "en el límite"
        case .margin: "Margen"
        case .shortTerm(let years): "Últimos \(years) años"
        case .shortTermDetail(let from, let rate, let ratio): "desde \(from): \(rate)/año, razón \(ratio)"
        case .lastYear(let f): f == .annual ? "Último año" : "Últimos 12 meses"
        case .lastYearDetail(let change, let from): "\(change) (desde \(from))"
        case .projectionSince(let p): "Proyección (desde \(p))"
        case .projectionShortTerm(let years): "Proyección (ritmo \(years) años)"
        case .projectedShortTerm(let years): "proyección (ritmo de \(years) años)"
        case .flooredAtZero: "límite inferior acotado en 0: la cantidad no puede ser negativa"
        case .eventsTitle: "Eventos"
        case .breaksTitle: "Rupturas de la serie"
        case .dateHeader: "Fecha"
        case .kindHeader: "Tipo"
        case .eventHeader: "Evento"
        case .eventKind(let k):
            switch k {
            case .agreement: "acuerdo"
            case .transfer: "traslado"
            case .operation: "operativo"
            case .policy: "política"
            case .methodology: "metodología"
            }
        case .breakKind(let k):
            switch k {
            case .scope: "alcance"
            case .method: "método"
            case .classification: "clasificación"
            }
        case .comparableSince(let p, let k): "desde \(p), tras la ruptura de \(Phrase.breakKind(k).spanish): ninguna estadística la cruza"
        case .shortTermSinceBreak(let p): "desde la ruptura de \(p)"
        case .fiscalYears(let m): "años fiscales \(Self.monthsES[m - 1])–\(Self.monthsES[(m + 10) % 12])"
        case .frequency(let f): f == .annual ? "anual" : f == .quarterly ? "trimestral" : "mensual"
        case .borderlineNote(let share): "en el límite: un cambio de \(share) o menos en el último valor cambiaría el estado"
        case .actualRate: "Tasa observada por año"
        case .requiredRate: "Tasa requerida por año"
        case .fractionOfGap: "Brecha cerrada"
        case .targetHistory: "Historial de metas"
        case .original: "original"
        case .series: "serie"
        case .targetPath: "trayectoria de la meta"
        case .formerTargetPath: "meta anterior"
        case .projected: "proyección (ritmo desde el inicio)"
        case .trailing12: "últimos 12 meses"
        case .filter(let f): "filtro: \(f)"
        case .sortedBy(let o): "orden: \(Phrase.sortOrder(o).spanish)"
        case .sortOrder(let o):
            switch o {
            case .goal: "objetivo"
            case .status: "estado"
            case .name: "nombre"
            case .change: "cambio"
            }
        case .keyHint(let k):
            switch k {
            case .move: "mover"
            case .open: "detalle"
            case .back: "volver"
            case .filter: "filtrar"
            case .sort: "ordenar"
            case .flags: "alertas"
            case .language: "English"
            case .help: "ayuda"
            case .quit: "salir"
            case .scroll: "desplazar"
            case .places: "lugares"
            case .reverse: "invertir"
            case .municipalities: "municipios"
            }
        case .helpKey(let h):
            switch h {
            case .move: "Mover la selección (también j/k, RePág/AvPág, Inicio/Fin)"
            case .open: "Abrir el detalle del indicador seleccionado"
            case .back: "Volver a la pantalla anterior, como se dejó"
            case .tab: "Siguiente panel o indicador"
            case .filter: "Filtrar indicadores por texto (Enter conserva, Esc borra)"
            case .sort: "Cambiar el orden: objetivo, estado, nombre, cambio"
            case .flags: "La bandeja de alertas (desde un Detalle: las de ese indicador)"
            case .language: "Cambiar entre inglés y español"
            case .reload: "Recargar ahora la configuración y los datos"
            case .help: "Esta ayuda"
            case .quit: "Salir"
            case .mouse: "Clic en una fila para seleccionarla, doble clic para abrirla"
            case .places: "Lugares debajo de este: cifra, tasa, cambio, parte (Detalle)"
            case .reverse: "Invertir el orden (Resumen, Lugares)"
            case .municipalities: "Entidades o todos los municipios del país (Lugares)"
            }
        case .noIndicatorsMatch: "Ningún indicador coincide con el filtro."
        case .noFlags: "No hay alertas abiertas."
        case .since: "desde"
        case .description: "Acerca de"
        case .report: "Informe de seguimiento"
        case .reportSubtitle: "Cooperación en seguridad México–EE. UU.: indicadores, avance frente a las metas y alertas"
        case .startPoint: "Inicio, 5 años antes"
        case .severity(let s):
            switch s {
            case .critical: "Crítica"
            case .warning: "Advertencia"
            case .info: "Información"
            }
        case .rule(let r):
            switch r {
            case .movingAway: "alejándose"
            case .offPace: "ritmo insuficiente"
            case .targetInfeasible: "meta inalcanzable"
            case .targetMetEarly: "meta cumplida antes de tiempo"
            case .regimeChange: "cambio de régimen"
            case .staleData: "datos desactualizados"
            case .insufficientData: "datos insuficientes"
            case .dataRevised: "datos revisados"
            case .divergence: "divergencia"
            case .notComparable: "no comparable"
            }
        case .decision(let d):
            switch d {
            case .keepCourse: "mantener el rumbo"
            case .changeApproach: "cambiar el enfoque"
            case .reviseTarget: "revisar la meta"
            case .fixData: "corregir los datos"
            }
        case .decisionRecorded(let date): "Decisión (\(date))"
        case .addressed: "atendida"
        case .flagCount(let open, let addressed): "\(open) abiertas, \(addressed) atendidas"
        case .sinceWhen(let p): "desde \(p)"
        case .adjustment: "Ajuste sugerido"
        case .processControl: "Control estadístico (gráfico de valores individuales)"
        case .centreLine: "línea central"
        case .processLimits: "límites del proceso"
        case .signals: "Señales"
        case .assurance(let a):
            switch a {
            case .hitOrMiss: "a veces sí, a veces no: la meta está dentro de los límites del proceso"
            case .consistentlyPasses: "cumple de forma constante: el proceso, tal como va, alcanza la meta"
            case .consistentlyFails: "falla de forma constante: el proceso, tal como va, no alcanzará la meta"
            }
        case .variation(let v):
            switch v {
            case .commonCause: "variación por causas comunes"
            case .improvement: "causa especial, mejora"
            case .concern: "causa especial, preocupación"
            }
        case .signal(let t):
            switch t {
            case .outsideLimits: "punto fuera de los límites"
            case .shift: "racha de un lado de la línea central"
            case .trend: "racha ascendente o descendente"
            case .twoOfThree: "2 de 3 más allá de 2σ"
            }
        case .reading(let r):
            switch r {
            case .improvement: "mejora"
            case .concern: "preocupación"
            }
        case .severityHeader: "Severidad"
        case .changesSince(let d, let to): "Cambios desde el \(d) (al \(to))"
        case .statusChangesTitle: "Cambios de estado"
        case .newFlagsTitle: "Alertas nuevas"
        case .clearedFlagsTitle: "Alertas resueltas"
        case .targetRevisionsTitle: "Revisiones de metas"
        case .dataRevisionsTitle: "Revisiones de datos"
        case .newObservationsTitle: "Observaciones nuevas"
        case .before: "Antes"
        case .now: "Ahora"
        case .none: "ninguno"
        case .newValues: "Valores nuevos"
        case .recorded: "Registrada"
        case .flagsKeys: "v severidad  o abiertas/decididas  n nuevas desde la revisión  / filtrar  Enter: el indicador en esta alerta"
        case .noReview: "sin revisión registrada"
        case .openFlag: "abierta"
        case .dataToChaseHint: "Indicadores cuya fuente no ha informado a tiempo (Enter muestra sus alertas una por una):"
        case .flagsShown(let n): "Alertas: \(n) fila\(n == 1 ? "" : "s")"
        case .flagsDecided(let d):
            switch d {
            case .all: "abiertas y decididas"
            case .open: "solo abiertas"
            case .decided: "solo decididas"
            }
        case .newSinceReview(let date): "nuevas desde la revisión del \(date)"
        case .dataToChase(let n): "Datos por conseguir: \(n)"
        case .helpKeysTitle: "Teclas"
        case .legendStatuses: "Estados (avance frente a la meta)"
        case .legendFlags: "Alertas (columna ⚑: la peor alerta abierta y cuántas hay abiertas)"
        case .legendMarks: "Marcas"
        case .statusDefinition(let s):
            switch s {
            case .movingAway: "el valor más reciente está más lejos de la meta que el inicio: dirección equivocada"
            case .insufficient: "avanza hacia la meta a menos del 60 % del ritmo que requiere"
            case .moderate: "avanza hacia la meta al 60–95 % del ritmo que requiere"
            case .onTrack: "al 95 % o más del ritmo que requiere la meta"
            case .met: "se alcanzó el valor de la meta"
            case .notAssessable: "muy pocos datos comparables para dar un estado (una ruptura, un año parcial, pocos valores)"
            case .noTarget: "sin meta acordada: se muestran la tendencia y los últimos cinco años"
            }
        case .severityDefinition(let s):
            switch s {
            case .critical: "crítica: actuar ya (escalar o revisar la meta)"
            case .warning: "advertencia: revisarla antes de la próxima revisión"
            case .info: "información: conviene saberlo, no hay nada que decidir"
            }
        case .legend(let m):
            switch m {
            case .progressBar: "parte de la brecha entre la línea base y la meta ya cerrada"
            case .belowZero: "el valor se alejó de la meta: no se ha cerrado nada de la brecha"
            case .illustrative: "la meta es ilustrativa: un marcador, no acordado por un órgano binacional"
            case .borderline: "en el límite: un cambio de 2 % o menos en el último valor cambiaría el estado"
            case .changedSinceReview: "el estado cambió desde la última revisión del comité"
            case .sparkline: "los valores con que se juzga el avance, una celda por periodo, el más reciente a la derecha"
            case .noValue: "sin valor (o sin meta, en la columna de avance)"
            case .revision: "en el historial de metas: una revisión de la meta, con su fecha y foro"
            case .seriesBreak: "una ruptura de serie en un gráfico: las cifras antes y después miden cosas distintas"
            case .events: "eventos en un gráfico, listados debajo con sus fechas"
            case .binational: "país BI: una cifra binacional (la reportan ambos gobiernos)"
            case .rate: "una tasa: la cifra por cada 100,000 habitantes del lugar en ese año"
            case .stale: "desactualizado: la fuente no ha informado en su calendario habitual"
            case .twelveMonths: "el valor suma los 12 meses que terminan en ese mes (con lo que se juzga el avance)"
            case .wrongWay: "un cambio en negrita (rojo, con color) fue en la dirección equivocada; normal (verde) en la deseada"
            case .mediumGrade: "antes de un valor: confianza media, la cifra oficial según un medio"
            case .lowGrade: "antes de un valor: confianza baja (redondeada, ambigua, contradictoria); su estado es a lo sumo una advertencia"
            }
        case .twelveMonthsShort: "12m"
        case .dataHeader: "De"
        case .ageHeader: "Edad"
        case .twelveMonthsTo(let p): "12 m a \(p)"
        case .ageMonths(let n): "\(n) m"
        case .dataRange(let from, let to): "datos de \(from) a \(to)"
        case .staleNote: "desactualizado: la fuente no ha informado en su calendario habitual (Alertas: datos por conseguir)"
        case .gradeHeader: "Confianza"
        case .derivedHeader: "Derivado"
        case .derivedFromTotals(let s):
            "\(s.derived) valor\(s.derived == 1 ? "" : "es") por periodo de \(s.totals) totales acumulados desde \(s.since) (solo periodos consecutivos"
                + (s.negative > 0 ? "; \(s.negative) bajo cero fuera)" : ")")
        case .grade(let g):
            switch g {
            case .high: "alta"
            case .medium: "media: según un medio"
            case .low: "baja: a lo sumo advertencia"
            }
        case .gradeNote(let medium, let low):
            "\(medium) cifra de confianza media; \(low) cifra de confianza baja, su estado a lo sumo una advertencia (sin marca: alta)"
        case .notice(let notice):
            switch notice {
            case .reloaded(let time): "recargado a las \(time)"
            case .reloading: "recargando…"
            case .unknownKey: "esa tecla no hace nada aquí: ? para ayuda"
            case .newData(let file, let user, let time): "datos nuevos: \(file), importados por \(user) a las \(time)"
            }
        case .changedSinceReview(let d): "estado cambiado desde la revisión del \(d)"
        case .ruleHeader: "Alerta"
        case .decisionHeader: "Decisión"
        case .earlierSignals(let n): "\(n) \(n == 1 ? "señal anterior no listada" : "señales anteriores no listadas")"
        case .perPeriodNote(let f): "valores por \(f == .monthly ? "mes" : f == .quarterly ? "trimestre" : "año"), tal como se registran"
        case .seriesBreak(let kind): "ruptura de la serie (\(Phrase.breakKind(kind).spanish))"
        case .missingInWindow(let missing, let of, let f):
            "\(missing == 1 ? "Falta" : "Faltan") \(missing) de \(of) \(f == .monthly ? "meses" : f == .quarterly ? "trimestres" : "años") en la ventana"
        }
    }
}
