/// The target chosen on the command line; set once by `main` before any input runs.
nonisolated(unsafe) var selectedTarget: (any FuzzTarget)?

/// libFuzzer's entry point: one input to the chosen target. Also the callback handed to
/// `LLVMFuzzerRunDriver`, and the function the replay mode calls on each file.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    selectedTarget?.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
