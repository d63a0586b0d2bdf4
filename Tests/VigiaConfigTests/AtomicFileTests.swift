import Foundation
import Testing
@testable import VigiaConfig

struct AtomicFileTests {
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vigia-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    struct Interrupted: Error {}

    @Test func aFailureMidWriteLeavesTheOldFileAndNoTemporary() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("targets.yaml").path
        try "old content\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: AtomicFile.Failure.self) {
            try AtomicFile.write(to: path) { handle in
                try handle.write(contentsOf: Data("half of the new".utf8))
                throw Interrupted()
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old content\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["targets.yaml"])
    }

    @Test func aWriteReplacesTheFileWhole() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("r.txt").path
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        try AtomicFile.write("new content", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new content")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["r.txt"])
    }

    @Test func aMissingFolderIsAClearError() {
        #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write("x", to: "/nonexistent-folder/r.txt") }
    }
}
