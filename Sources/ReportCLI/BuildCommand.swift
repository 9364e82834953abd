import ArgumentParser

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "(not built yet)")
    func run() throws { throw ExitStatus.usage }
}
