// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Fazhi",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "fazhi", targets: ["fazhi"]),
        .library(name: "FazhiCore", targets: ["FazhiCore"]),
    ],
    // `Postgres` (on by default) builds the PostgreSQL store; `swift build --disable-default-traits`
    // builds the embedded-only tool, without postgres-nio and SwiftNIO.
    traits: [
        .trait(name: "Postgres", description: "The PostgreSQL server store (postgres-nio)."),
        .default(enabledTraits: ["Postgres"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.19"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/mattpolzin/OpenAPIKit.git", from: "6.4.0", traits: []),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        // libopencc (Debian: libopencc-dev) for traditional → simplified script conversion.
        .systemLibrary(
            name: "COpenCC",
            pkgConfig: "opencc",
            providers: [.apt(["libopencc-dev"])]
        ),
        // Poppler (Debian: libpoppler-glib-dev) for PDFs: text with positions, pages drawn for OCR.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // Tesseract and Leptonica (Debian: libtesseract-dev, libleptonica-dev) for OCR of scans.
        .systemLibrary(
            name: "CTesseract",
            pkgConfig: "tesseract lept",
            providers: [.apt(["libtesseract-dev", "libleptonica-dev"])]
        ),
        // OCR of page pictures and images: red removed, deskewed, binarized, read by Tesseract.
        .target(
            name: "FazhiScan",
            dependencies: ["CTesseract"]
        ),
        // Pure domain logic: bytes and text in, analysis values out. No database, no HTTP.
        .target(
            name: "FazhiCore",
            dependencies: [
                "COpenCC",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Resources")]
        ),
        // Reports in the formats they are published in besides text, HTML and .docx: PDFs (Poppler),
        // scans (OCR), legacy Word (LibreOffice); each read into a SourceDocument.
        .target(
            name: "FazhiFormats",
            dependencies: ["FazhiCore", "CPoppler", "FazhiScan"]
        ),
        // The real-report evaluation: labelled documents in, accuracy per field and indicator out.
        .target(
            name: "FazhiEval",
            dependencies: ["FazhiCore"]
        ),
        // Office Open XML writers (.xlsx, and .docx in the GB/T 9704 公文 layout): values in, package bytes out.
        .target(
            name: "FazhiOffice",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Drafting: a YAML/JSON ledger in, a checked report out (.docx, .md, .txt).
        .target(
            name: "FazhiDraft",
            dependencies: [
                "FazhiCore",
                "FazhiOffice",
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Resources")]
        ),
        // The embedded corpus: SQLite through GRDB, behind the ReportStore protocol.
        .target(
            name: "FazhiStore",
            dependencies: [
                "FazhiCore",
                "FazhiOffice",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // Isolation: files analyzed in `fazhi worker` processes under CPU and memory budgets.
        .target(
            name: "FazhiWorker",
            dependencies: ["FazhiCore", "FazhiFormats", "FazhiStore"]
        ),
        // The portal: Hummingbird pages and JSON API over any ReportStore.
        .target(
            name: "FazhiServer",
            dependencies: [
                "FazhiCore",
                "FazhiStore",
                "FazhiOffice",
                "FazhiDraft",
                "FazhiWorker",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources")]
        ),
        // The shared server database: PostgreSQL through postgres-nio, behind the same protocol.
        .target(
            name: "FazhiPostgres",
            dependencies: [
                "FazhiCore",
                "FazhiStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        // Opens a store from a location (a file path, sqlite:PATH or postgres://…): the one factory
        // the CLI and the server call.
        .target(
            name: "FazhiStoreFactory",
            dependencies: [
                "FazhiStore",
                .target(name: "FazhiPostgres", condition: .when(traits: ["Postgres"])),
            ]
        ),
        // Fuzzing: the targets (readers, number scanner, metadata, structure, ledger), their seeds and
        // mutators; `make test` runs each a fixed number of times, `make fuzz` for a time (docs/fuzzing.md).
        .target(
            name: "FazhiFuzz",
            dependencies: [
                "FazhiCore",
                "FazhiOffice",
                "FazhiDraft",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The long fuzzer: targets in watched worker processes, crashes and hangs saved as regressions.
        .executableTarget(
            name: "fazhi-fuzz",
            dependencies: [
                "FazhiFuzz",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The command-line tool: one subcommand per file.
        .executableTarget(
            name: "fazhi",
            dependencies: [
                "FazhiCore",
                "FazhiStore",
                "FazhiStoreFactory",
                "FazhiOffice",
                "FazhiDraft",
                "FazhiServer",
                "FazhiEval",
                "FazhiFormats",
                "FazhiWorker",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "FazhiScanTests",
            dependencies: ["FazhiScan", "CTesseract"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "FazhiFormatsTests",
            dependencies: ["FazhiFormats", "FazhiCore", "FazhiDraft"]
        ),
        .testTarget(
            name: "FazhiCoreTests",
            dependencies: [
                "FazhiCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "FazhiStoreTests",
            dependencies: [
                "FazhiStore",
                "FazhiStoreFactory",
                "StoreKinds",
                .target(name: "FazhiPostgres", condition: .when(traits: ["Postgres"])),
            ]
        ),
        .testTarget(
            name: "FazhiCLITests",
            dependencies: [
                "FazhiCore", "FazhiStore", "FazhiWorker", "fazhi", "XLSXReadBack",
                .target(name: "FazhiPostgres", condition: .when(traits: ["Postgres"])),
            ]
        ),
        .testTarget(
            name: "FazhiEvalTests",
            dependencies: ["FazhiEval", "FazhiCore"]
        ),
        .testTarget(
            name: "FazhiDraftTests",
            dependencies: ["FazhiDraft", "FazhiCore", "FazhiOffice"]
        ),
        .testTarget(
            name: "FazhiServerTests",
            dependencies: [
                "FazhiServer",
                "FazhiStore",
                "FazhiCore",
                "StoreKinds",
                .target(name: "FazhiPostgres", condition: .when(traits: ["Postgres"])),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "OpenAPIKit", package: "OpenAPIKit"),
            ],
            // Python helpers the tests run: schema checks (jsonschema) and the browser test (WebDriver).
            exclude: ["Scripts"]
        ),
        .testTarget(
            name: "FazhiFuzzTests",
            dependencies: ["FazhiFuzz", "FazhiCore"]
        ),
        .testTarget(
            name: "FazhiOfficeTests",
            dependencies: ["FazhiOffice", "XLSXReadBack"]
        ),
        // Test support: the stores the tests run on (SQLite; PostgreSQL when FAZHI_TEST_PG names a server).
        .target(
            name: "StoreKinds",
            dependencies: [
                "FazhiStore",
                "FazhiStoreFactory",
                .target(name: "FazhiPostgres", condition: .when(traits: ["Postgres"])),
            ],
            path: "Tests/StoreKinds"
        ),
        // Test support: reads written .xlsx files back with Python's openpyxl (read_xlsx.py).
        .target(
            name: "XLSXReadBack",
            path: "Tests/XLSXReadBack",
            exclude: ["read_xlsx.py"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
