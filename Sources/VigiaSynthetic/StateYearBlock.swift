#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The rows of one state and one year: every place × every crime category, twelve month cells each.
///
/// The block is the unit of work (threads generate blocks side by side) and of randomness (its
/// counts come from their own stream, its quirks from another), so the file does not depend on how
/// many threads made it. This is the hot loop of the generator: about 35 million cells at full
/// scale, each a Poisson draw and one or two bytes written through a raw pointer; rows that feed
/// no figure of the ground truth (most of them) skip the tallying.
enum StateYearBlock {
    /// Probability that a block holds one -1 cell (SESNSP's mark for a figure under review).
    static let minusOneChance = 0.02

    /// Writes the block's rows into a buffer from `pool` and returns it with the block's tally.
    static func generate(_ plan: FilePlan, _ block: FilePlan.Block, pool: BufferPool) -> (ByteBuffer, BlockTally) {
        let spec = plan.spec, state = plan.states[block.state]
        let places = state.weights.count, crimes = plan.crimeFieldRanges.count, rules = plan.ruleIndicators.count
        let months = spec.publishedMonths(block.year)
        let trend = IncidenceModel.trend(yearsSinceFirst: block.year - spec.firstYear)

        // Where the -1 cell goes, if this block has one; like the reference tool, among the months
        // published in the last year, whatever the year.
        var quirks = RandomSource(seed: spec.seed, stream: [FilePlan.Stream.quirks.rawValue, UInt64(state.code), UInt64(block.year)])
        var minusOne = (place: -1, crime: -1, month: -1)
        if quirks.uniform() < minusOneChance {
            minusOne = (quirks.below(places), quirks.below(crimes), quirks.below(spec.lastMonth))
        }
        var random = RandomSource(seed: spec.seed, stream: [FilePlan.Stream.counts.rawValue, UInt64(state.code), UInt64(block.year)])

        let tables = PoissonTables(slots: plan.rates.count * 12)
        let means = UnsafeMutablePointer<Double>.allocate(capacity: tables.slots)
        // Tally: homicidio doloso per month; per rule and month, the kept sum and whether any cell was kept.
        let homicide = UnsafeMutablePointer<Int>.allocate(capacity: 12)
        let ruleSums = UnsafeMutablePointer<Int>.allocate(capacity: max(1, rules * 12))
        let rulePresent = UnsafeMutablePointer<UInt16>.allocate(capacity: max(1, rules))
        homicide.initialize(repeating: 0, count: 12)
        ruleSums.initialize(repeating: 0, count: max(1, rules * 12))
        rulePresent.initialize(repeating: 0, count: max(1, rules))
        defer {
            means.deallocate()
            homicide.deallocate()
            ruleSums.deallocate()
            rulePresent.deallocate()
        }
        var minusOneCells = 0

        let out = pool.take(capacity: places * crimes * 170)
        let maxCrime = plan.crimeFieldRanges.map(\.count).max() ?? 0
        plan.crimeFields.withUnsafeBufferPointer { crimeBytes in
            for place in 0..<places {
                let weight = state.weights[place] * trend
                for (r, rate) in plan.rates.enumerated() {
                    for month in 0..<12 { means[r * 12 + month] = weight * rate * plan.seasons[month] }
                }
                tables.reset(means)
                let prefix = rowPrefix(year: block.year, state: state, place: place)
                let room = prefix.count + maxCrime + 12 * (DecimalText.maximumLength + 1) + 2
                prefix.withUnsafeBufferPointer { prefix in
                    for crime in 0..<crimes {
                        var p = out.cursor(room: room)
                        memcpy(p, prefix.baseAddress!, prefix.count)
                        p += prefix.count
                        let fields = plan.crimeFieldRanges[crime]
                        memcpy(p, crimeBytes.baseAddress! + fields.lowerBound, fields.count)
                        p += fields.count
                        let slots = plan.rateOfCrime[crime] * 12
                        let quirk = place == minusOne.place && crime == minusOne.crime
                        if !plan.isTallied[crime] && !quirk {
                            for month in 0..<months {
                                p = DecimalText.write(tables.sample(slots + month, &random), to: p)
                                p.pointee = 44
                                p += 1
                            }
                        } else {
                            let feeds = plan.rulesOfCrime[crime], isHomicide = plan.isHomicide[crime]
                            for month in 0..<months {
                                var count = tables.sample(slots + month, &random)
                                if quirk && month == minusOne.month {
                                    count = -1
                                    minusOneCells += 1
                                }
                                p = DecimalText.write(count, to: p)
                                p.pointee = 44
                                p += 1
                                guard count >= 0 else { continue }  // -1 is missing to the importer
                                if isHomicide { homicide[month] += count }
                                for rule in feeds {
                                    ruleSums[rule * 12 + month] += count
                                    rulePresent[rule] |= 1 << month
                                }
                            }
                        }
                        for _ in months..<12 {  // not yet published: empty cells
                            p.pointee = 44
                            p += 1
                        }
                        p -= 1  // no comma after the last cell
                        p[0] = 13
                        p[1] = 10
                        out.commit(p + 2)
                    }
                }
            }
        }
        var tally = BlockTally(state: state.code, year: block.year, rules: rules)
        tally.rows = places * crimes
        tally.minusOneCells = minusOneCells
        tally.homicide = Array(UnsafeBufferPointer(start: homicide, count: 12))
        tally.ruleSums = Array(UnsafeBufferPointer(start: ruleSums, count: rules * 12))
        tally.rulePresent = Array(UnsafeBufferPointer(start: rulePresent, count: rules))
        return (out, tally)
    }

    /// `Año,Clave_Ent,Entidad,Cve. Municipio,Municipio,` of a place: `Clave_Ent` without zero
    /// padding and the municipality code with it, as the real file has them.
    static func rowPrefix(year: Int, state: FilePlan.State, place: Int) -> [UInt8] {
        Array("\(year),\(state.code),".utf8) + state.name + [44] + Array(String(state.placeCodes[place]).leftPadded(to: 5).utf8)
            + [44] + state.placeNames[place] + [44]
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
