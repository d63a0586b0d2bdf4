import Foundation
#if VIGIA_LIBFUZZER
import CFuzzerDriver
#endif

// vigia-fuzz TARGET [libFuzzer options and corpus folders | files to replay]
//
// Built by Tests/Fuzz/run.sh with `-sanitize=fuzzer,address -D VIGIA_LIBFUZZER`, it hands the rest
// of the command line to libFuzzer. In a normal build (no libFuzzer) it replays the files given:
// each through the target once, so a crash input can be run under a debugger or a plain build.

var arguments = CommandLine.arguments
guard arguments.count >= 2, let entry = FuzzTargets.named(arguments[1]) else {
    let names = FuzzTargets.all.map { "  \($0.name.padding(toLength: 16, withPad: " ", startingAt: 0)) \($0.summary)" }
    FileHandle.standardError.write(Data(("usage: vigia-fuzz TARGET [libFuzzer arguments | files]\ntargets:\n"
        + names.joined(separator: "\n") + "\n").utf8))
    exit(2)
}
do {
    selectedTarget = try entry.make()
} catch {
    FileHandle.standardError.write(Data("vigia-fuzz: cannot set up \(entry.name): \(error)\n".utf8))
    exit(1)
}
arguments.remove(at: 1)
atexit { FuzzEnvironment.removeScratch() }

#if VIGIA_LIBFUZZER
var argc = Int32(arguments.count)
var cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
let status = cArguments.withUnsafeMutableBufferPointer { buffer -> Int32 in
    var argv = buffer.baseAddress
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzTestOneInput(data, size) }
}
exit(status)
#else
for path in arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("vigia-fuzz: cannot read \(path)\n".utf8))
        exit(1)
    }
    _ = data.withUnsafeBytes { fuzzTestOneInput($0.bindMemory(to: UInt8.self).baseAddress, $0.count) }
}
print("vigia-fuzz: \(arguments.count - 1) input(s) through \(entry.name), no crash")
#endif
