import VigiaCore

/// Why the store cannot be used, in both languages.
public enum StoreError: Error, Sendable {
    case cannotOpen(String, String)
    case cannotRead(String, String)
    case newerSchema(String)

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.cannotOpen(let path, let why), .en): "\(path): error: cannot open the database: \(why)"
        case (.cannotOpen(let path, let why), .es): "\(path): error: no se puede abrir la base de datos: \(why)"
        case (.cannotRead(let path, let why), .en): "\(path): error: cannot read the database: \(why)"
        case (.cannotRead(let path, let why), .es): "\(path): error: no se puede leer la base de datos: \(why)"
        case (.newerSchema(let path), .en): "\(path): error: the database was written by a newer Vigía; update Vigía or use another --db"
        case (.newerSchema(let path), .es): "\(path): error: la base de datos la escribió un Vigía más reciente; actualice Vigía o use otra --db"
        }
    }
}
