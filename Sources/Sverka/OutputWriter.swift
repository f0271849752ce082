#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes an output where its path leads (see ``OutputDestination``): a regular file is replaced
/// atomically by a temporary file renamed over it, keeping the old file's mode (and, for root,
/// its owner) and the symbolic links that lead to it; devices, FIFOs, standard output and the
/// process's own descriptors are written through. Every failure is an ``OutputError`` in words.
package enum OutputWriter {
    /// Writes `text` to `path` (`-`: standard output). Returns warnings for a person: hard links
    /// to a replaced file keep the old contents.
    @discardableResult
    package static func write(_ text: String, to path: String) throws -> [String] {
        try write(text, to: try OutputDestination.resolve(path))
    }

    /// Writes `text` to `destination`; returns the warnings of ``write(_:to:)-(_,String)``.
    @discardableResult
    package static func write(_ text: String, to destination: OutputDestination) throws -> [String] {
        var text = text
        return try text.withUTF8 { try write(bytes: UnsafeRawBufferPointer($0), to: destination) }
    }

    /// Writes `bytes` to `destination`.
    @discardableResult
    package static func write(bytes: UnsafeRawBufferPointer, to destination: OutputDestination) throws -> [String] {
        switch destination {
        case .standardOutput:
            try writeAll(STDOUT_FILENO, bytes, name: "standard output")
            return []
        case let .descriptor(descriptor, name):
            try writeAll(descriptor, bytes, name: name)
            return []
        case .stream(let path):
            let descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            guard descriptor >= 0 else { throw OutputError.writeFailed(name: path, reason: OutputDestination.systemMessage(errno)) }
            defer { close(descriptor) }
            try writeAll(descriptor, bytes, name: path)
            return []
        case let .file(path, existing):
            return try replace(path, existing: existing, with: bytes)
        }
    }

    /// Writes a temporary file beside `path` and renames it over `path`.
    private static func replace(_ path: String, existing: OutputDestination.Existing?, with bytes: UnsafeRawBufferPointer) throws -> [String] {
        let registry = TemporaryOutputFiles.shared
        let (descriptor, temporary) = try registry.create(inFolder: OutputDestination.folder(of: path))
        do {
            if let existing {
                _ = fchmod(descriptor, mode_t(existing.mode))
                if geteuid() == 0 { _ = fchown(descriptor, uid_t(existing.owner), gid_t(existing.group)) }
            }
            try writeAll(descriptor, bytes, name: path)
        } catch {
            close(descriptor)
            registry.discard(temporary)
            throw error
        }
        guard close(descriptor) == 0 else {
            let error = errno
            registry.discard(temporary)
            throw OutputError.writeFailed(name: path, reason: OutputDestination.systemMessage(error))
        }
        if TemporaryOutputFiles.pauseBeforeRename > 0 { pause(milliseconds: TemporaryOutputFiles.pauseBeforeRename) }
        try registry.commit(temporary, to: path)
        guard let existing, existing.links > 1 else { return [] }
        let others = existing.links - 1
        return ["\(path) had \(others) other hard link\(others == 1 ? "" : "s"), which keep\(others == 1 ? "s" : "") the old contents: the file was replaced, not rewritten in place"]
    }

    /// Sleeps for the whole time even when a signal interrupts the sleep (the test hook's pause:
    /// the signal's cleanup must win, not the rename).
    private static func pause(milliseconds: UInt32) {
        var request = timespec(tv_sec: Int(milliseconds / 1000), tv_nsec: Int(milliseconds % 1000) * 1_000_000)
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
    }

    /// Writes all of `bytes` to `descriptor`, going on after partial writes and interruptions.
    private static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, name: String) throws {
        var offset = 0
        while offset < bytes.count {
            let count = systemWrite(descriptor, bytes.baseAddress! + offset, min(bytes.count - offset, 1 << 30))
            if count > 0 {
                offset += count
                continue
            }
            let error = count < 0 ? errno : EIO
            if error == EINTR { continue }
            if error == EAGAIN || error == EWOULDBLOCK {   // a non-blocking descriptor: wait until it takes more
                var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                _ = poll(&ready, 1, -1)
                continue
            }
            if error == EPIPE { throw OutputError.brokenPipe(name: name) }
            if error == EBADF { throw OutputError.writeFailed(name: name, reason: "it is not open for writing") }
            throw OutputError.writeFailed(name: name, reason: OutputDestination.systemMessage(error))
        }
    }
}

/// `write(2)`, named apart from ``OutputWriter``'s own functions.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
}
