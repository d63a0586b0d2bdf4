/// One crime category of the SESNSP files: the four text columns that, with place and year,
/// make a row (`Bien jurídico afectado`, `Tipo de delito`, `Subtipo de delito`, `Modalidad`).
struct CrimeCategory: Sendable, Equatable {
    let bienJuridico: String
    let tipo: String
    let subtipo: String
    let modalidad: String

    init(_ bienJuridico: String, _ tipo: String, _ subtipo: String, _ modalidad: String) {
        (self.bienJuridico, self.tipo, self.subtipo, self.modalidad) = (bienJuridico, tipo, subtipo, modalidad)
    }

    var fields: [String] { [bienJuridico, tipo, subtipo, modalidad] }
}
