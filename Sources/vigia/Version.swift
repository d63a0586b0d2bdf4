/// Vigía's version, written here and nowhere else: `vigia --version` prints it.
enum Version {
    static let number = "0.9.0"
}
