/// Sverka's version, kept in this one place: `sverka --version` prints it, and the JSON, TMX and
/// HTML outputs record it as their tool's version. It is the newest release named in
/// `CHANGELOG.md` (a test checks that the two agree).
public enum SverkaVersion {
    /// The version, `MAJOR.MINOR.PATCH`.
    public static let current = "0.3.0"
}
