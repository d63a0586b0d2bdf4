import VigiaCore

/// Why the store cannot be used, in both languages.
public enum StoreError: Error, Sendable, Equatable {
    case cannotOpen(String, String)
    case cannotRead(String, String)
    case newerSchema(String)
    case notAFile(String)
    case damaged(String, String)
    /// The server's schema is older than this Vigía, and this user may not upgrade it.
    case upgradeNeedsOwner(String)
    /// `--db` names something neither engine serves (`mysql://…`).
    case unsupported(String)

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.cannotOpen(let path, let why), .en): "\(path): error: cannot open the database: \(why)"
        case (.cannotOpen(let path, let why), .es): "\(path): error: no se puede abrir la base de datos: \(why)"
        case (.cannotRead(let path, let why), .en): "\(path): error: cannot read the database: \(why)"
        case (.cannotRead(let path, let why), .es): "\(path): error: no se puede leer la base de datos: \(why)"
        case (.newerSchema(let path), .en): "\(path): error: the database was written by a newer Vigía; update Vigía or use another --db"
        case (.notAFile(let path), .en): "\(path): error: not a database file (a device, folder or other special file); give --db a regular file's path"
        case (.notAFile(let path), .es): "\(path): error: no es un archivo de base de datos (un dispositivo, carpeta u otro archivo especial); indique en --db la ruta de un archivo normal"
        case (.damaged(let path, let why), .en): "\(path): error: the database is damaged (\(why)); nothing was imported. Restore it from a backup, or import into a new --db"
        case (.damaged(let path, let why), .es): "\(path): error: la base de datos está dañada (\(why)); no se importó nada. Restáurela de una copia de seguridad o importe en otra --db"
        case (.upgradeNeedsOwner(let path), .en): "\(path): error: the database needs an upgrade to this Vigía's schema, which only the owner of its tables may run (see docs/deploy.md, \"Upgrades\"); nothing was changed"
        case (.upgradeNeedsOwner(let path), .es): "\(path): error: la base de datos necesita actualizarse al esquema de este Vigía, y solo el dueño de sus tablas puede hacerlo (vea docs/deploy.md, \"Upgrades\"); no se cambió nada"
        case (.unsupported(let path), .en): "\(path): error: --db takes a SQLite file's path, :memory:, or a postgres:// URL"
        case (.unsupported(let path), .es): "\(path): error: --db acepta la ruta de un archivo SQLite, :memory: o una URL postgres://"
        case (.newerSchema(let path), .es): "\(path): error: la base de datos la escribió un Vigía más reciente; actualice Vigía o use otra --db"
        }
    }
}
