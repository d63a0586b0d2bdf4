import Foundation
import VigiaCore

/// The data files of the configuration (`Config/data/*.csv`), read by the long-CSV importer as a
/// dry run, with no database: every figure and every problem, each file checked on its own
/// (`LongCSVFile`) and all of them together (`FigureChecks`: a figure given twice, even in two files;
/// national rows from two countries; a year missing from a population series). `vigia validate`
/// reports the problems beside the configuration's; a dashboard run hands the files to `Store.seed`.
public struct BundledData: Sendable {
    /// In reading order (sorted by name), with their figures.
    public let files: [BundledFile]
    /// Every problem, file by file in reading order, each file's in line order.
    public let diagnostics: [DataDiagnostic]

    /// Every figure of the files read, file by file.
    public var observations: [Observation] { files.flatMap(\.observations) }

    /// Reads `files` against the indicators their rows may name.
    /// - Parameter isHeld: files (full path) the store already holds unchanged: they are neither read
    ///   nor checked again (they were when seeded). `vigia validate` holds none, and so reads them all.
    public static func read(_ files: [BundledFile], indicators: KnownIndicators,
                            isHeld: (String) -> Bool = { _ in false }) -> BundledData {
        var declared = files
        var read: [LongCSVFile] = [], problems: [DataDiagnostic] = []
        let keys = FigureKeys()
        for i in declared.indices {
            let path = declared[i].path
            if isHeld(path) {
                declared[i].held = true
                continue
            }
            do {
                read.append(try LongCSVFile.read(path: path, file: path, indicators: indicators, utf8Only: true, keys: keys))
            } catch {
                problems.append(DataDiagnostic(problem(error, path: path), at: SourceLocation(file: path)))
            }
        }
        // The checks across files see every row, the second of a figure given twice included; their
        // problems follow each file's own, duplicates first (the order of the configuration's loader).
        let national = FigureChecks.singleNationalGeo(read)
        let gaps = FigureChecks.populationGaps(read, populations: indicators.populations)
        let duplicates = FigureChecks.unique(&read)
        problems += read.flatMap(\.problems) + duplicates + national + gaps
        let byPath = Dictionary(read.map { ($0.file, $0.observations) }, uniquingKeysWith: { a, _ in a })
        for i in declared.indices { declared[i].observations = byPath[declared[i].path] ?? [] }
        return BundledData(files: declared, diagnostics: DataDiagnostic.ordered(problems, files: files.map(\.path)))
    }

    /// A file that cannot be read at all, worded as the configuration words its own files.
    private static func problem(_ failure: ImportFailure, path: String) -> LongCSVProblem {
        guard case .unreadable = failure.problem else { return .binary }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return .input(.unreadable("is a directory"))
        }
        return .input(.unreadable(FileManager.default.isReadableFile(atPath: path) ? "read failed" : "permission denied"))
    }
}
