#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an output path leads, and so how it is written: replacing a regular file by renaming a
/// finished temporary file over it is right for regular files only. A character device
/// (`/dev/null`, a terminal), a FIFO or one of this process's own descriptors (`/dev/stdout`,
/// `/proc/self/fd/1`) is written through as it is; a symbolic link is followed to the file it
/// names, which is replaced while the link stays.
package enum OutputDestination: Equatable, Sendable {
    /// `-`: this process's standard output.
    case standardOutput
    /// One of this process's open descriptors, reached through `/dev/stdout`, `/dev/fd/N` or
    /// `/proc/self/fd/N` (`name` is the path given).
    case descriptor(Int32, name: String)
    /// A character device or a FIFO, opened and written directly.
    case stream(path: String)
    /// A regular file (links followed: `path` is the file itself), replaced atomically; `existing`
    /// holds its mode, owner and link count, or is nil when the file is to be created.
    case file(path: String, existing: Existing?)

    /// What is kept of a regular file that is replaced.
    package struct Existing: Equatable, Sendable {
        /// The permission bits (and set-id and sticky bits).
        package let mode: UInt32
        /// The owner and group.
        package let owner: UInt32, group: UInt32
        /// The number of hard links to it.
        package let links: Int
        /// Its identity (device and inode).
        package let identity: FileIdentity
    }

    /// The most symbolic links followed before giving up (as the kernel does).
    static let maximumLinks = 40

    /// The destination `path` names (`-`: standard output), or why it cannot take an output:
    /// a folder, a missing or read-only folder, a file without write permission, a block device
    /// or socket, a loop of links. Nothing is created or changed.
    package static func resolve(_ path: String) throws -> OutputDestination {
        if path == "-" { return .standardOutput }
        guard !path.isEmpty else { throw OutputError.unusable(path: "''", reason: "the path is empty") }
        if path.hasSuffix("/") { throw OutputError.unusable(path: path, reason: "it names a folder; give a file name") }
        var current = path
        for _ in 0...maximumLinks {
            var status = stat()
            guard lstat(current, &status) == 0 else {
                let error = errno
                guard error == ENOENT || error == ENOTDIR else { throw unusable(path, current, reason: systemMessage(error)) }
                try checkFolder(of: current, for: path)
                return .file(path: current, existing: nil)
            }
            switch status.st_mode & S_IFMT {
            case S_IFLNK:
                if let descriptor = ownDescriptor(current) {
                    guard fcntl(descriptor, F_GETFD) != -1 else {
                        throw unusable(path, current, reason: "descriptor \(descriptor) is not open")
                    }
                    return .descriptor(descriptor, name: path)
                }
                current = try linkTarget(current, for: path)
            case S_IFDIR:
                throw unusable(path, current, reason: "it is a folder; give a file name")
            case S_IFREG:
                guard access(current, W_OK) == 0 else { throw unusable(path, current, reason: systemMessage(errno)) }
                let folder = folder(of: current)
                guard access(folder, W_OK) == 0 else {
                    throw unusable(path, current, reason: "its folder \(folder) is not writable, so the file cannot be replaced")
                }
                return .file(path: current, existing: Existing(
                    mode: UInt32(status.st_mode & 0o7777), owner: UInt32(status.st_uid), group: UInt32(status.st_gid),
                    links: Int(status.st_nlink), identity: FileIdentity(status)))
            case S_IFCHR, S_IFIFO:
                guard access(current, W_OK) == 0 else { throw unusable(path, current, reason: systemMessage(errno)) }
                return .stream(path: current)
            case S_IFBLK:
                throw unusable(path, current, reason: "it is a block device")
            case S_IFSOCK:
                throw unusable(path, current, reason: "it is a socket")
            default:
                throw unusable(path, current, reason: "it is not a file")
            }
        }
        throw OutputError.unusable(path: path, reason: "too many levels of symbolic links")
    }

    /// The identity of the existing regular file the output would replace or write into (through
    /// a descriptor link such as `/dev/stdout` redirected to a file); nil for devices, pipes and
    /// new files.
    package var replacedFile: FileIdentity? {
        switch self {
        case .file(_, let existing?): return existing.identity
        case .descriptor(let descriptor, _): return Self.regularFile(openOn: descriptor)
        case .standardOutput: return Self.regularFile(openOn: STDOUT_FILENO)
        case .file, .stream: return nil
        }
    }

    /// The identity of the regular file open on `descriptor`; nil for anything else.
    private static func regularFile(openOn descriptor: Int32) -> FileIdentity? {
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileIdentity(status)
    }

    /// The error for `path` (reached as `current`), naming both when a link led elsewhere.
    private static func unusable(_ path: String, _ current: String, reason: String) -> OutputError {
        .unusable(path: path == current ? path : "\(path) (→ \(current))", reason: reason)
    }

    /// Checks that a file `current` can be created: its folder exists, is a folder, is writable.
    private static func checkFolder(of current: String, for path: String) throws {
        let folder = folder(of: current)
        var status = stat()
        guard stat(folder, &status) == 0 else {
            throw unusable(path, current, reason: errno == ENOENT ? "the folder \(folder) does not exist" : "\(folder): \(systemMessage(errno))")
        }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw unusable(path, current, reason: "\(folder) is not a folder") }
        guard access(folder, W_OK) == 0 else { throw unusable(path, current, reason: "the folder \(folder) is not writable") }
    }

    /// The path a symbolic link points to, relative targets taken from the link's folder.
    private static func linkTarget(_ link: String, for path: String) throws -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(link, &buffer, buffer.count - 1)
        guard count >= 0 else { throw unusable(path, link, reason: systemMessage(errno)) }
        let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if target.hasPrefix("/") { return target }
        let folder = folder(of: link)
        return folder == "/" ? "/" + target : folder + "/" + target
    }

    /// The descriptor number when `link` is one of this process's descriptor links
    /// (`/proc/self/fd/N`, `/proc/PID/fd/N`, `/proc/PID/task/TID/fd/N`, `/dev/fd/N`).
    private static func ownDescriptor(_ link: String) -> Int32? {
        let name = link.split(separator: "/").last.map(String.init) ?? ""
        guard let number = Int32(name), number >= 0, let folder = realPath(folder(of: link)) else { return nil }
        let process = "/proc/\(getpid())"
        if folder == process + "/fd" { return number }
        if folder.hasPrefix(process + "/task/") && folder.hasSuffix("/fd") { return number }
        #if canImport(Darwin)
        if folder == "/dev/fd" { return number }
        #endif
        return nil
    }

    /// `path` with every link and `.`/`..` resolved; nil when it cannot be.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The folder holding `path`: `.` for a bare name, `/` for a name at the root.
    package static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    /// The system's words for `error` (`strerror`).
    package static func systemMessage(_ error: Int32) -> String {
        let text = String(cString: strerror(error))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
