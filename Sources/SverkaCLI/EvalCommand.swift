import ArgumentParser
import Sverka

/// `sverka eval GOLD PRED`: placeholder until the metric lands.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "eval", abstract: "Score an alignment against gold.")
    func run() throws {}
}
