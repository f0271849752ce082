import Foundation

/// Finds the bundled sample in `Corpus/`: through `SVERKA_CORPUS`, the current folder, or the
/// source checkout this binary was built from.
enum CorpusLocator {
    static let sampleStem = "wilson-113642-telegram-21646"

    /// The Russian original and English translation of the bundled telegram.
    static func samplePair() throws -> (String, String) {
        let folder = try corpusFolder()
        return (folder + "/" + sampleStem + ".ru.md", folder + "/" + sampleStem + ".en.md")
    }

    static func corpusFolder() throws -> String {
        var candidates: [String] = []
        if let env = ProcessInfo.processInfo.environment["SVERKA_CORPUS"] { candidates.append(env) }
        candidates.append(FileManager.default.currentDirectoryPath + "/Corpus")
        // This file is Sources/SverkaCLI/CorpusLocator.swift in the checkout.
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(checkout.appendingPathComponent("Corpus").path)
        for folder in candidates where FileManager.default.fileExists(atPath: folder + "/" + sampleStem + ".ru.md") {
            return folder
        }
        throw CLIFailure.input("cannot find the bundled sample (Corpus/\(sampleStem).ru.md); run from the repository or set SVERKA_CORPUS")
    }
}
