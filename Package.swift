// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Vigia",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "vigia", targets: ["vigia"]),
        .executable(name: "vigia-bench", targets: ["VigiaBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // Pure domain: model, statistics, assessment. Foundation only, no I/O, no clocks.
        .target(name: "VigiaCore"),
        // The YAML configuration with file:line:col diagnostics (the data files are the store's to read).
        .target(name: "VigiaConfig", dependencies: [
            "VigiaCore",
            .product(name: "Yams", package: "Yams"),
        ]),
        // The system libcrypto's SHA-256 (hardware accelerated): content hashes of imported files.
        .systemLibrary(name: "CLibCrypto", path: "Sources/CLibCrypto"),
        // The SIMD kernel of the CSV scanner: offsets of the bytes that matter (, \n " NUL).
        .target(name: "CVigiaScan"),
        // The PostgreSQL client library (Debian's libpq-dev), for a store on a server.
        .systemLibrary(name: "CLibPQ", path: "Sources/CLibPQ", pkgConfig: "libpq",
                       providers: [.apt(["libpq-dev"]), .brew(["libpq"])]),
        // The store (SQLite or PostgreSQL) with vintages and import batches; the importers for the official
        // formats and the long CSV (the configuration's data files too). Knows the configuration only through Core.
        .target(name: "VigiaStore", dependencies: [
            "VigiaCore", "CLibCrypto", "CVigiaScan", "CLibPQ",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        // Everything that turns an evaluated dashboard into text: reports, and later screens.
        .target(name: "VigiaRender", dependencies: ["VigiaCore"]),
        // The C door to ncurses; see Sources/CNcurses/shim.h.
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        // The interactive dashboard: the ncurses backend and the event loop around the shared screens.
        // Terminal safety: the signal handlers and their flag, in one C file (see its header).
        .target(name: "CTerminalSignals", linkerSettings: [.linkedLibrary("ncursesw")]),
        .target(name: "VigiaTerminal", dependencies: ["VigiaCore", "VigiaRender", "CNcurses", "CTerminalSignals"]),
        .executableTarget(name: "vigia", dependencies: [
            "VigiaCore", "VigiaConfig", "VigiaStore", "VigiaRender", "VigiaTerminal",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // The synthetic SESNSP municipal file and its ground truth (`vigia-bench generate`), for the
        // import benchmark and the municipal-scale tests.
        .target(name: "VigiaSynthetic", dependencies: ["VigiaCore", "VigiaStore", "VigiaRender"]),
        // Benchmarks (figures for docs/performance.md) and the generator's command line; not part of `swift test`.
        .executableTarget(name: "VigiaBench", dependencies: [
            "VigiaCore", "VigiaConfig", "VigiaStore", "VigiaRender", "VigiaTerminal", "VigiaSynthetic",
        ]),
        // libFuzzer's driver, declared for the fuzz targets (Tests/Fuzz/run.sh).
        .target(name: "CFuzzerDriver"),
        // The fuzz targets: built by Tests/Fuzz/run.sh with `-sanitize=fuzzer,address`; in a normal
        // build it replays input files through a target (a crash found by fuzzing, under a debugger).
        .executableTarget(name: "vigia-fuzz", dependencies: [
            "VigiaCore", "VigiaConfig", "VigiaStore", "CFuzzerDriver",
        ], path: "Sources/VigiaFuzz"),
        .testTarget(name: "VigiaCoreTests", dependencies: ["VigiaCore"], exclude: ["Statistics/Reference"]),
        .testTarget(name: "VigiaConfigTests", dependencies: ["VigiaConfig"]),
        .testTarget(name: "VigiaRenderTests", dependencies: ["VigiaRender"], exclude: ["__Snapshots__"]),
        .testTarget(name: "VigiaTerminalTests", dependencies: ["VigiaTerminal"]),
        .testTarget(name: "VigiaStoreTests", dependencies: [
            "VigiaStore", "VigiaConfig", "VigiaCore", "VigiaSynthetic",
            // A database of an earlier schema, written directly, for the migration tests.
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "VigiaSyntheticTests", dependencies: ["VigiaSynthetic"]),
        .testTarget(name: "VigiaCLITests", dependencies: ["vigia", "VigiaBench"]),
    ],
    swiftLanguageModes: [.v6]
)
