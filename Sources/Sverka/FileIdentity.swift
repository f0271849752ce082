#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What makes a file itself whatever path names it: its device and inode number. Two paths (a
/// symbolic link, a hard link, `./x` and `x`, `/dev/stdin` redirected from a file) name one file
/// exactly when their identities are equal; names are not compared.
package struct FileIdentity: Hashable, Sendable {
    /// The device the file lives on.
    package let device: UInt64
    /// The file's inode number on that device.
    package let inode: UInt64

    /// The identity of the file `path` names, symbolic links followed; nil when it names none.
    package init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    /// The identity of the file open on `descriptor`; nil when the descriptor is not open.
    package init?(descriptor: Int32) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        self.init(status)
    }

    /// The identity in a `stat` record.
    package init(_ status: stat) {
        device = UInt64(truncatingIfNeeded: status.st_dev)
        inode = UInt64(truncatingIfNeeded: status.st_ino)
    }
}
