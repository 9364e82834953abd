import ArgumentParser

struct ChartsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "charts", abstract: "(not built yet)")
    func run() throws { throw ExitStatus.usage }
}
