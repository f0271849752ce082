import Sverka

/// An input named on the command line, known by its identity (device and inode, links followed),
/// so that an output naming the same file under another name is refused before any work.
struct InputFile {
    /// The path as given (`-`: standard input).
    let path: String
    /// What the path names now; nil when it names nothing (reading it will say so).
    let identity: FileIdentity?

    /// The input `path` (`-`: standard input, whose identity is that of what it is redirected from).
    init(_ path: String) {
        self.path = path
        identity = path == "-" ? FileIdentity(descriptor: 0) : FileIdentity(path: path)
    }

    /// How messages name it.
    var name: String { path == "-" ? "standard input" : path }
}
