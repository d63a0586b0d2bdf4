import Foundation
import VigiaConfig
import VigiaSynthetic

/// `vigia-bench generate`: the synthetic municipal file for the import benchmark and the tests,
/// from our own tool (it replaced a Python script that needed numpy). Exit codes as `vigia`'s:
/// 0 done, 1 the configuration or a file failed, 2 a usage mistake.
enum GenerateCommand {
    static func run(_ arguments: [String]) -> Never {
        let options: GenerateOptions
        do {
            options = try GenerateOptions(arguments)
        } catch {
            fail("\(error.message)\n\n\(GenerateOptions.usage)", code: 2)
        }
        if options.help {
            print(GenerateOptions.usage)
            exit(0)
        }
        let config: LoadedConfig
        do {
            config = try ConfigLoader.load(directory: options.config)
        } catch {
            fail(error.report(), code: 1)
        }
        do {
            let start = Date()
            let truth = try MunicipalFile.write(options.spec, rules: config.catalog.importRules, to: options.out)
            if let expected = options.expected {
                try Data(truth.json.utf8).write(to: URL(fileURLWithPath: expected))
            }
            let seconds = Date().timeIntervalSince(start)
            FileHandle.standardError.write(Data(
                "vigia-bench generate: wrote \(truth.rows) rows to \(options.out) in \(String(format: "%.2f", seconds)) s\n".utf8))
            exit(0)
        } catch let error as CocoaError {
            fail("\(options.expected ?? options.out): \(error.localizedDescription)", code: 1)
        } catch {
            fail("\(error)", code: 1)
        }
    }

    static func fail(_ message: String, code: Int32) -> Never {
        FileHandle.standardError.write(Data("vigia-bench generate: \(message)\n".utf8))
        exit(code)
    }
}
