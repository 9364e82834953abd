import ArgumentParser

struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "chart", abstract: "(not built yet)")
    func run() throws { throw ExitStatus.usage }
}
