import Foundation
import Testing
import VigiaConfig
import VigiaCore

/// The `import` blocks of indicators.yaml: validated like the rest, with file:line:col.
struct ImportBlockTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    static func load(_ fixture: String) -> Result<LoadedConfig, ConfigError> {
        let dir = root.appendingPathComponent("../Fixtures/config/\(fixture)").standardized.path
        return Result { () throws(ConfigError) in try ConfigLoader.load(directory: dir) }
    }

    @Test func theBundledConfigDeclaresOneRulePerFormatItReads() throws {
        let config = try ConfigLoader.load(directory: Self.root.appendingPathComponent("../../Config").standardized.path)
        let rules = config.catalog.importRules
        #expect(rules.rules(for: .cbpDrugs).map(\.categories) == [["Fentanyl"], ["Methamphetamine"], ["Heroin"], ["Cocaine"]])
        #expect(rules.rules(for: .sesnspMunicipal).map(\.indicator) == ["mx.homicides.crimes"])
        #expect(rules.rules(for: .sesnspEstatal).first?.categories == ["Homicidio doloso"])
        #expect(rules.rules(for: .sesnspVictimas).map(\.indicator) == ["mx.homicides"])
        #expect(rules.rules(for: .cdcVSRR).map(\.value) == [.reported, .reported])
    }

    @Test func everyMistakeIsReportedWithItsPlaceAndASuggestion() throws {
        guard case .failure(let error) = Self.load("import-blocks") else {
            Issue.record("the fixture has mistakes and must not load")
            return
        }
        let lines = error.diagnostics.map { d in
            "\(d.location.line):\(d.location.column): \(d.problem.message(.en))"
        }
        #expect(lines.contains("17:7: unknown key 'sesnsp-munisipal' (did you mean 'sesnsp-municipal'?)"))
        #expect(lines.contains("37:19: unknown key 'drug_typ' (did you mean 'drug_type'?)"))
        #expect(lines.contains("37:18: missing required field 'drug_type'"))
        #expect(lines.contains("47:17: format 'cdc-vsrr' gives monthly figures: the indicator's frequency must be monthly"))
        #expect(lines.contains("47:41: invalid value 'guessed' (expected one of: reported, predicted)"))
        #expect(error.diagnostics.count == 5)
        let spanish = error.diagnostics.map { $0.problem.message(.es) }
        #expect(spanish.contains("clave desconocida 'sesnsp-munisipal' (¿quiso decir 'sesnsp-municipal'?)"))
    }
}
