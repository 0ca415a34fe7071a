import ArgumentParser

/// `--out DIR`: the folder a command writes its files into.
struct OutputFolder: ParsableArguments {
  @Option(name: .long, help: "The folder to write into.")
  var out: String
}

/// The folder a command writes into when `--out` is not given.
protocol DefaultOutputFolder {
  /// The folder's name, in the current folder.
  static var name: String { get }
}

/// `--out DIR` with a default folder for each command.
struct OutputFolderOrDefault<Default: DefaultOutputFolder>: ParsableArguments {
  @Option(name: .long, help: "The folder to write into.")
  var out: String = Default.name
}

/// `--out FILE` and `--force`: the one file a command writes, never replaced unless asked.
struct OutputFile: ParsableArguments {
  @Option(name: .long, help: "The file to write.")
  var out: String

  @Flag(name: .long, help: "Replace the file if it exists.")
  var force = false
}

/// `--out FILE`: a file a command keeps up to date, read first when it exists (the plan).
struct KeptFile: ParsableArguments {
  @Option(name: .long, help: "The file to write; an existing one is brought up to date, keeping every edit made to it.")
  var out: String
}
