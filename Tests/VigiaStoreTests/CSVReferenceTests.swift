import Foundation
import Testing
@testable import VigiaStore
import CVigiaScan

/// The scanner (a fast path for unquoted records in C, a SIMD index and a general loop) against
/// a reference written for clarity, a byte at a time, on random files full of the corners: quoted
/// commas and line breaks, `""`, quotes inside unquoted fields, stray and unterminated quotes,
/// CR LF, blank lines, a last line without a break, NUL; in both quote modes, with buffers smaller
/// than a record and larger than the file.
struct CSVReferenceTests {
    /// Records as "line terminated strayQuote | field | field …", then the error, if any.
    static func scanned(_ path: String, chunk: Int, spanLines: Bool) -> [String] {
        var out: [String] = []
        do {
            let scanner = try CSVScanner(path: path, chunkSize: chunk, quotesSpanLines: spanLines)
            while let r = try scanner.next() {
                out.append((["\(r.line) \(r.terminated) \(r.strayQuote)"] + (0..<r.count).map { r.text($0) }).joined(separator: "|"))
            }
        } catch {
            out.append("error \(error.line ?? 0): \(error.problem.message(.en))")
        }
        return out
    }

    /// The rules, one byte at a time (UTF-8 text without NUL; every field decoded as `text` does).
    static func reference(_ bytes: [UInt8], spanLines: Bool) -> [String] {
        var out: [String] = []
        var i = 0, line = 1
        func text(_ field: ArraySlice<UInt8>, escaped: Bool) -> String {
            let raw = String(decoding: field, as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: " "))
            return escaped ? raw.replacingOccurrences(of: "\"\"", with: "\"") : raw
        }
        precondition(!bytes.contains(0), "NUL is CSVScannerTests' case")
        while i < bytes.count {
            let recordLine = line
            var fields: [String] = [], terminated = false, stray = false, blank = false
            record: while true {
                if i < bytes.count, bytes[i] == 34 {
                    // Quoted: up to the closing quote; `""` is a quote.
                    var j = i + 1, escaped = false
                    while true {
                        guard j < bytes.count else {
                            out.append("error \(1 + bytes[..<i].filter { $0 == 10 }.count): unterminated")
                            return out
                        }
                        if bytes[j] == 34 {
                            if j + 1 < bytes.count, bytes[j + 1] == 34 { escaped = true; j += 2; continue }
                            break
                        }
                        if bytes[j] == 10 {
                            if !spanLines {
                                let end = j > i + 1 && bytes[j - 1] == 13 ? j - 1 : j
                                blank = fields.isEmpty && end == i + 1
                                // The rest of the line, as the file has it (a stray quote's field is rejected anyway).
                                fields.append(text(bytes[(i + 1)..<end], escaped: false))
                                i = j + 1
                                line += 1
                                terminated = true
                                stray = true
                                break record
                            }
                            line += 1
                        }
                        j += 1
                    }
                    let value = text(bytes[(i + 1)..<j], escaped: escaped)
                    blank = fields.isEmpty && j == i + 1 && !escaped
                    // Up to the delimiter: anything after the closing quote is dropped.
                    var d = j + 1
                    while d < bytes.count, bytes[d] != 44, bytes[d] != 10 { d += 1 }
                    fields.append(value)
                    if d == bytes.count { i = d; break record }
                    i = d + 1
                    if bytes[d] == 10 { line += 1; terminated = true; break record }
                } else {
                    var d = i
                    while d < bytes.count, bytes[d] != 44, bytes[d] != 10 { d += 1 }
                    var end = d
                    if d < bytes.count, bytes[d] == 10, end > i, bytes[end - 1] == 13 { end -= 1 }
                    fields.append(text(bytes[i..<end], escaped: false))
                    blank = fields.count == 1 && end == i
                    if d == bytes.count { i = d; break record }
                    i = d + 1
                    if bytes[d] == 10 { line += 1; terminated = true; break record }
                }
            }
            // A record of one empty field (a blank line, or `""` alone) is skipped.
            if fields.count == 1 && blank { continue }
            out.append((["\(recordLine) \(terminated) \(stray)"] + fields).joined(separator: "|"))
        }
        return out
    }

    static func randomFile(seed: UInt64) -> String {
        var state = seed
        func random(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % n
        }
        let fields = ["", "a", "bb", " c ", "\"q,q\"", "\"say \"\"hi\"\"\"", "\"two\nlines\"", "\"open", "mid\"quote",
                      "\"\"", "\"x\"tail", "ñ", String(repeating: "long", count: 20)]
        var text = ""
        for _ in 0..<(10 + random(30)) {
            if random(15) == 0 { text += random(2) == 0 ? "\n" : "\r\n"; continue }
            // Now and then more fields than the fast path takes (64).
            let n = random(20) == 0 ? 60 + random(10) : 1 + random(6)
            text += (0..<n).map { _ in fields[random(10) < 6 ? random(4) : random(fields.count)] }.joined(separator: ",")
            text += random(5) == 0 ? "\r\n" : "\n"
        }
        if random(3) == 0 { text.removeLast() }
        return text
    }

    /// With each kernel of the fast path this CPU has (the plain loop, AVX2, AVX-512BW).
    @Test(.serialized, arguments: [1, 2, 3])
    func theScannerReadsAsTheReferenceDoes(kernel: Int32) throws {
        guard vigia_plain_record_kernel(kernel) else { return }
        defer { _ = vigia_plain_record_kernel(0) }
        let dir = try TemporaryDirectory()
        var compared = 0
        for seed in 1...400 as ClosedRange<UInt64> {
            let text = Self.randomFile(seed: seed)
            let path = try dir.write("r\(seed).csv", text)
            for spanLines in [true, false] {
                let expected = Self.reference(Array(text.utf8), spanLines: spanLines)
                for chunk in [3, 17, 4 << 20] {
                    var got = Self.scanned(path, chunk: chunk, spanLines: spanLines)
                    // The reference words an unterminated quote shortly; compare the kind and line.
                    if let last = got.last, last.hasPrefix("error"), last.contains("quote") {
                        got[got.count - 1] = String(last.prefix { $0 != ":" }) + ": unterminated"
                    }
                    let first = zip(got, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, expected.count)
                    #expect(got == expected, "seed \(seed), quotes span lines: \(spanLines), chunk \(chunk): record \(first): \(first < got.count ? got[first] : "-") vs \(first < expected.count ? expected[first] : "-")")
                    compared += 1
                }
            }
        }
        #expect(compared == 2400)
    }
}
