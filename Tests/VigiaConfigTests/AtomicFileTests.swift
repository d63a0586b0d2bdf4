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

    @Test func aSymlinkIsKeptAndItsTargetReplaced() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let real = dir.appendingPathComponent("real.txt").path, link = dir.appendingPathComponent("link.txt").path
        try "old".write(toFile: real, atomically: false, encoding: .utf8)
        chmod(real, 0o640)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        try AtomicFile.write("new", to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
        #expect(try String(contentsOfFile: real, encoding: .utf8) == "new")
        #expect(Self.mode(real) == 0o640, "the target's mode, not the link's 0777")
    }

    @Test func aLinkToNothingIsRefusedNotReplaced() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let link = dir.appendingPathComponent("link.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: dir.appendingPathComponent("none").path)
        #expect(throws: AtomicFile.Failure(path: link, reason: .danglingLink)) { try AtomicFile.write("x", to: link) }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link).hasSuffix("none"))
    }

    @Test func aFIFOIsWrittenThroughNotReplaced() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let received = Received()
        let reader = Thread {
            let handle = FileHandle(forReadingAtPath: fifo)
            received.text = handle.map { String(decoding: $0.readDataToEndOfFile(), as: UTF8.self) }
            received.done.signal()
        }
        reader.start()
        try AtomicFile.write("through the pipe", to: fifo)
        #expect(received.done.wait(timeout: .now() + 10) == .success)
        #expect(received.text == "through the pipe")
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func aReadOnlyFileIsRefused() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("targets.yaml").path
        try "protected".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o444)
        #expect(throws: AtomicFile.Failure(path: path, reason: .readOnly)) { try AtomicFile.write("x", to: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "protected")
    }

    @Test func aNewFileIsNeverWorldWritable() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("new.txt").path
        let old = umask(0)
        defer { umask(old) }
        try AtomicFile.write("x", to: path)
        #expect(Self.mode(path) == 0o664)
    }

    /// The temporary is made by mkstemp (O_EXCL, a random name), not at a name an attacker can
    /// predict and plant a symlink at.
    @Test func theTemporaryNameIsNotPredictable() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("r.txt").path
        var seen: [String] = []
        try AtomicFile.write(to: path) { handle in
            seen = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            try handle.write(contentsOf: Data("x".utf8))
        }
        #expect(seen.count == 1)
        #expect(!seen.contains(".r.txt.\(ProcessInfo.processInfo.processIdentifier).tmp"))
    }

    @Test func aFileChangedMeanwhileIsNotOverwritten() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("targets.yaml").path
        try "edited by hand".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: AtomicFile.Failure(path: path, reason: .changedMeanwhile)) {
            try AtomicFile.write("revised", to: path, unchangedFrom: Data("as read".utf8))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "edited by hand")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["targets.yaml"])
    }

    static func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    final class Received: @unchecked Sendable {
        var text: String?
        let done = DispatchSemaphore(value: 0)
    }
}
