/// An immutable value held once, behind one reference: a copy is one retain, not a retain of each
/// string and array inside it. Equal and hashed by the value (the same box is equal at once).
///
/// For values copied far more often than they are made: an indicator travels with every
/// assessment, a batch reference with every observation read from the store.
struct SharedValue<Value: Hashable & Sendable>: Hashable, Sendable {
    private let box: Box

    init(_ value: Value) {
        box = Box(value)
    }

    var value: Value { box.value }

    static func == (a: SharedValue, b: SharedValue) -> Bool { a.box === b.box || a.box.value == b.box.value }

    func hash(into hasher: inout Hasher) { hasher.combine(box.value) }

    private final class Box: Sendable {
        let value: Value

        init(_ value: Value) {
            self.value = value
        }
    }
}
