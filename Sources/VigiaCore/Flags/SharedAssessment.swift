/// One assessment held by reference, for the flag rules.
///
/// A flag keeps its wording as closures (`DeferredText`) and its chart evidence for later; each
/// that kept an `Assessment` itself kept a copy of it — a retain of every one of its arrays and
/// strings, and as many releases when the flag went. At municipal scale that was most of the cost
/// of the flags. Holding the assessment once, behind a reference, each of them costs one retain.
final class SharedAssessment: Sendable {
    let value: Assessment

    init(_ value: Assessment) {
        self.value = value
    }
}
