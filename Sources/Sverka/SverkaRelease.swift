/// This release of Sverka. Its version is kept in this one place: `sverka --version` prints it,
/// and the JSON, TMX and HTML outputs record it as their tool's version. It is the newest release
/// named in `CHANGELOG.md` (a test checks that the two agree).
///
/// (Not `SverkaVersion`: symbol graphs, and so the documentation, leave out every symbol whose name
/// starts with the module's name followed by `Version`, the names of generated framework versions.)
public enum SverkaRelease {
    /// The version, `MAJOR.MINOR.PATCH`.
    public static let version = "0.3.0"
}
