/// Why a review action or project file was refused; each case one line for a person
/// (``description``). A server maps them to 4xx answers (``httpStatus``).
public enum ReviewError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No bead has this id.
    case unknownBead(Int)
    /// No unit has this index on that side at the current level.
    case unknownUnit(side: String, index: Int)
    /// No divergence has this id (or, to restore, none is dismissed under it).
    case unknownDivergence(String)
    /// The caller acted on an older state than the project's (`expected` ≠ `current`).
    case staleVersion(expected: Int, current: Int)
    /// The action cannot be done here (merge the last bead with the next, undo with nothing to undo…).
    case invalidAction(String)
    /// The file is missing, unreadable or not a Sverka review project.
    case notAProject(path: String, reason: String)
    /// The project file could not be written (the last saved state is kept).
    case saveFailed(path: String, reason: String)
    /// The texts could not be aligned (e.g. confirmed beads that contradict each other).
    case alignmentFailed(String)

    /// One line for a person.
    public var description: String {
        switch self {
        case .unknownBead(let id): return "no bead has id \(id)"
        case let .unknownUnit(side, index): return "no \(side) unit has index \(index) at this level"
        case .unknownDivergence(let id): return "no divergence has id \(id)"
        case let .staleVersion(expected, current):
            return "the project changed: the action was made on version \(expected), the project is at version \(current)"
        case .invalidAction(let reason): return "invalid action: \(reason)"
        case let .notAProject(path, reason): return "\(path) is not a readable Sverka review project: \(reason)"
        case let .saveFailed(path, reason): return "cannot save \(path): \(reason)"
        case .alignmentFailed(let reason): return "cannot align: \(reason)"
        }
    }

    /// The HTTP status a server answers with: 404 for unknown things, 409 for a stale version,
    /// 422 for an invalid action, 500 for project files that cannot be read or written.
    public var httpStatus: Int {
        switch self {
        case .unknownBead, .unknownUnit, .unknownDivergence: return 404
        case .staleVersion: return 409
        case .invalidAction, .alignmentFailed: return 422
        case .notAProject, .saveFailed: return 500
        }
    }
}
