import ArgumentParser

/// `@Flag` in this target means ArgumentParser's option flag. VigiaCore also has a `Flag` (a
/// lessons-learned flag); a declaration in this module takes precedence over both imports,
/// so command files keep writing `@Flag` and use `VigiaCore.Flag` for the other.
typealias Flag<Value> = ArgumentParser.Flag<Value>
