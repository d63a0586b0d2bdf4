import Foundation
import VigiaCore

/// The synthetic SESNSP municipal crime-incidence file (IDM layout) and its ground truth.
///
/// The real file is too large to keep in the repository and changes every month, so the import
/// benchmark and the municipal-scale tests run on this one: the real layout and quirks
/// (Windows-1252 without BOM, CRLF, `Clave_Ent` unpadded, a "No Especificado" place per state with
/// code 998, empty cells for unpublished months, a few -1 cells, a subtipo with commas and hence
/// quotes), the real crime taxonomy and state names, invented municipalities and counts. The same
/// spec and seed always give the same bytes, whatever the machine or the number of threads.
///
/// The ground truth is tallied from the cells as they are written, with the importer's own rule
/// matching (`SESNSPRuleMatcher`), so `vigia import` of the file must store exactly those figures.
public enum MunicipalFile {
    /// Writes the file at `path` and returns its ground truth. `rules` are the configuration's
    /// import rules; the truth covers the indicators with a `sesnsp-municipal` block.
    public static func write(_ spec: MunicipalFileSpec, rules: ImportRules, to path: String,
                             threads: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> GroundTruth {
        if let problem = spec.problem { throw SpecError(message: problem) }
        let plan = FilePlan(spec, rules: rules)
        var truth = GroundTruth(file: URL(fileURLWithPath: path).lastPathComponent, spec: spec,
                                indicators: plan.ruleIndicators)
        let file = try OutputFile(path: path)
        try file.append(plan.header)
        let workers = max(1, threads), pool = BufferPool()
        try OrderedParallel.run(count: plan.blocks.count, threads: workers, window: 2 * workers + 2,
                                make: { StateYearBlock.generate(plan, plan.blocks[$0], pool: pool) },
                                consume: { _, block in
                                    let (bytes, tally) = block
                                    try bytes.withBytes { raw in try file.append(raw) }
                                    pool.give(bytes)
                                    truth.add(tally, rules: plan.ruleIndicators)
                                })
        try file.finish()
        return truth
    }

    /// A spec that cannot be generated (see `MunicipalFileSpec.problem`).
    public struct SpecError: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }
}
