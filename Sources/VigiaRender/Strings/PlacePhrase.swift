import VigiaCore

/// The words of the Places screen, the rate lines and the rankings in reports, in English and Spanish.
public enum PlacePhrase: Hashable, Sendable {
    case screenTitle
    case place, count, share, rank
    /// Column heading of a rate: `per 100k`.
    case rate(LocalizedText)
    /// `States of Mexico`, `Municipalities of Guanajuato`.
    case placesOf(GeoLevel, parent: String)
    /// The span ranked: `12 months to 2025-12`, `Jan–Mar 2026 (3 months)`, `2024`.
    case window(PlaceWindow, rolling: Bool, fiscal: Bool)
    case sortedBy(PlaceSort, reversed: Bool)
    case sortName(PlaceSort)
    case noPlacesMatch
    /// National and the sum of places, and why they differ.
    case reconcile(parent: String, value: String, places: Int, sum: String, difference: String)
    case sumOnly(places: Int, sum: String)
    case missing([String])
    case merged(part: String, whole: String)
    case outside(place: String, value: String)
    case unallocated
    case noPopulation
    case carriedForward(Int)
    case partOfYear(months: Int)
    case population(year: Int, carried: Bool)
    /// Detail: the top places and where the rest are.
    case topPlaces(shown: Int, of: Int, byRate: Bool)
    case morePlaces(Int)
    case position(Int, of: Int)

    public func text(_ language: Language) -> String {
        language == .en ? english : spanish
    }

    private var english: String {
        switch self {
        case .screenTitle: "Places"
        case .place: "Place"
        case .count: "Count"
        case .share: "Share"
        case .rank: "#"
        case .rate(let unit): unit.en
        case .placesOf(let level, let parent): (level == .municipality ? "Municipalities of " : "States of ") + parent
        case .window(let w, let rolling, let fiscal): Self.window(w, rolling: rolling, fiscal: fiscal, .en)
        case .sortedBy(let sort, let reversed): "sorted by \(PlacePhrase.sortName(sort).english)" + (reversed ? ", reversed" : "")
        case .sortName(let sort):
            switch sort {
            case .rate: "rate"
            case .count: "count"
            case .change: "change"
            case .share: "share"
            case .name: "name"
            }
        case .noPlacesMatch: "No place matches the filter."
        case .reconcile(let parent, let value, let places, let sum, let difference):
            "\(parent) \(value); sum of \(places) places \(sum); difference \(difference)"
        case .sumOnly(let places, let sum): "sum of \(places) places \(sum); the source gives no figure for the whole for this span"
        case .missing(let names): "no figure for \(names.joined(separator: ", ")) (suppressed or not reported)"
        case .merged(let part, let whole): "\(part), reported apart, is added to \(whole)"
        case .outside(let place, let value): "\(place) (\(value)) is not part of the national total"
        case .unallocated: "the rest is not allocated to any place listed (non-residents, unknown residence, later revisions)"
        case .noPopulation: "No population estimates for these places in the store: counts only."
        case .carriedForward(let year): "rates use the \(year) population estimate, the latest published"
        case .partOfYear(let months): "rates over \(months) months, not a yearly rate"
        case .population(let year, let carried): "population \(year)" + (carried ? ", latest estimate" : "")
        case .topPlaces(let shown, let of, let byRate): "Places: top \(shown) of \(of) by \(byRate ? "rate" : "count")"
        case .morePlaces(let n): "\(n) more on the Places screen (g)"
        case .position(let i, let n): "\(i)/\(n)"
        }
    }

    private var spanish: String {
        switch self {
        case .screenTitle: "Lugares"
        case .place: "Lugar"
        case .count: "Cifra"
        case .share: "Parte"
        case .rank: "#"
        case .rate(let unit): unit.es
        case .placesOf(let level, let parent): (level == .municipality ? "Municipios de " : "Entidades de ") + parent
        case .window(let w, let rolling, let fiscal): Self.window(w, rolling: rolling, fiscal: fiscal, .es)
        case .sortedBy(let sort, let reversed): "ordenado por \(PlacePhrase.sortName(sort).spanish)" + (reversed ? ", invertido" : "")
        case .sortName(let sort):
            switch sort {
            case .rate: "tasa"
            case .count: "cifra"
            case .change: "cambio"
            case .share: "parte"
            case .name: "nombre"
            }
        case .noPlacesMatch: "Ningún lugar coincide con el filtro."
        case .reconcile(let parent, let value, let places, let sum, let difference):
            "\(parent) \(value); suma de \(places) lugares \(sum); diferencia \(difference)"
        case .sumOnly(let places, let sum): "suma de \(places) lugares \(sum); la fuente no da cifra del total para este lapso"
        case .missing(let names): "sin cifra para \(names.joined(separator: ", ")) (suprimida o no reportada)"
        case .merged(let part, let whole): "\(part), reportada aparte, se suma a \(whole)"
        case .outside(let place, let value): "\(place) (\(value)) no forma parte del total nacional"
        case .unallocated: "el resto no se asigna a ningún lugar de la lista (no residentes, residencia desconocida, revisiones posteriores)"
        case .noPopulation: "No hay estimaciones de población para estos lugares en el almacén: solo cifras."
        case .carriedForward(let year): "las tasas usan la estimación de población de \(year), la más reciente publicada"
        case .partOfYear(let months): "tasas sobre \(months) meses, no una tasa anual"
        case .population(let year, let carried): "población \(year)" + (carried ? ", última estimación" : "")
        case .topPlaces(let shown, let of, let byRate): "Lugares: los \(shown) primeros de \(of) por \(byRate ? "tasa" : "cifra")"
        case .morePlaces(let n): "\(n) más en la pantalla Lugares (g)"
        case .position(let i, let n): "\(i)/\(n)"
        }
    }

    private static func window(_ w: PlaceWindow, rolling: Bool, fiscal: Bool, _ language: Language) -> String {
        let en = language == .en
        let months = en ? Phrase.monthsEN : Phrase.monthsES
        if w.length == 1 {
            if rolling { return en ? "12 months to \(w.end)" : "12 meses a \(w.end)" }
            return fiscal && w.end.frequency == .annual ? "FY\(w.end)" : w.end.description
        }
        if w.isPartOfYear, w.end.frequency == .monthly {
            let span = "\(months[w.start.index - 1])–\(months[w.end.index - 1]) \(w.end.year)"
            return en ? "\(span) (\(w.length) months)" : "\(span) (\(w.length) meses)"
        }
        return en ? "\(w.length) months to \(w.end)" : "\(w.length) meses a \(w.end)"
    }
}

/// The columns the Places screen sorts by (`s` cycles, `S` reverses).
public enum PlaceSort: String, Sendable, CaseIterable {
    case rate, count, change, share, name
}

extension RenderContext {
    public func text(_ phrase: PlacePhrase) -> String { phrase.text(language) }
}
