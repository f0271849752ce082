import ArgumentParser
import Sverka

/// `sverka align SOURCE TARGET`: placeholder until the aligner lands.
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "align", abstract: "Align a text with its translation.")
    func run() throws {}
}
