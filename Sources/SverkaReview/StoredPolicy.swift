import Sverka

/// The choices of an ``AlignmentPolicy`` the project file keeps (the tuning is Sverka's own and is
/// not kept; anchors come from the confirmed beads).
struct StoredPolicy: Codable, Equatable, Sendable {
    var level: String
    var maxBead: Int
    var minConfidence: Double
    var minDivergenceConfidence: Double
    var removesFurniture: Bool
    var joinsBrokenParagraphs: Bool
    var presegmented: Bool
    var paragraphs: String?
    var dictionary: String
    var dictionaryFile: String?
    var lexicalWeight: Double
    var selfTraining: Bool
    var trainedWeight: Double

    init(_ policy: AlignmentPolicy) {
        level = policy.level.rawValue
        maxBead = policy.maxBead
        minConfidence = policy.minConfidence
        minDivergenceConfidence = policy.minDivergenceConfidence
        removesFurniture = policy.removesFurniture
        joinsBrokenParagraphs = policy.joinsBrokenParagraphs
        presegmented = policy.presegmented
        paragraphs = policy.paragraphs?.rawValue
        switch policy.dictionary {
        case .system: dictionary = "system"
        case .none: dictionary = "none"
        case .file(let path): dictionary = "file"; dictionaryFile = path
        }
        lexicalWeight = policy.lexicalWeight
        selfTraining = policy.selfTraining
        trainedWeight = policy.trainedWeight
    }

    /// The policy again (nil when the record names an unknown level).
    var policy: AlignmentPolicy? {
        guard let level = AlignmentPolicy.Level(rawValue: level) else { return nil }
        var policy = AlignmentPolicy()
        policy.level = level
        policy.maxBead = maxBead
        policy.minConfidence = minConfidence
        policy.minDivergenceConfidence = minDivergenceConfidence
        policy.removesFurniture = removesFurniture
        policy.joinsBrokenParagraphs = joinsBrokenParagraphs
        policy.presegmented = presegmented
        policy.paragraphs = paragraphs.flatMap(ParagraphConvention.init(rawValue:))
        switch dictionary {
        case "none": policy.dictionary = .none
        case "file": policy.dictionary = .file(dictionaryFile ?? "")
        default: policy.dictionary = .system
        }
        policy.lexicalWeight = lexicalWeight
        policy.selfTraining = selfTraining
        policy.trainedWeight = trainedWeight
        return policy.problem == nil ? policy : nil
    }
}
