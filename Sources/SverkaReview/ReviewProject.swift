import Foundation
import Sverka

/// An alignment a person reviews and corrects, kept in a project file (SQLite through GRDB): both
/// texts, the policy, the beads of both levels, confirmations, edited texts, dismissed divergences
/// and the undo history. Every action is saved in one transaction before ``apply(_:expectedVersion:)``
/// returns, so a process killed at any moment leaves the last saved state readable.
///
/// Thread safety: a final class whose state is guarded by a lock; any number of tasks or threads
/// may call it at once (actions run one at a time, in the order they take the lock).
public final class ReviewProject: @unchecked Sendable {
    /// The project file.
    public var path: String { store.path }

    private let lock = NSLock()
    private let store: ReviewStore
    private let source: Document
    private let target: Document
    private let policy: AlignmentPolicy
    private let lengthRatio: Double
    private var model: ReviewModel
    private var version: Int
    /// The changes made, oldest first; the first `applied` of them are in effect (the rest can be redone).
    private var history: [ReviewChange]
    private var applied: Int
    /// The divergences found, with what they were found on (the level, its beads unconfirmed, its
    /// edits): confirming, dismissing or switching levels back does not run the detector again.
    private var divergences: (key: DiagnosisKey, found: [ReviewDivergence])?

    /// What the detector reads of the model.
    private struct DiagnosisKey: Equatable {
        let level: AlignmentLevel
        let beads: [StoredBead]
        let edits: [String: String]
    }

    private init(store: ReviewStore, source: Document, target: Document, policy: AlignmentPolicy, lengthRatio: Double,
                 model: ReviewModel, version: Int, history: [ReviewChange], applied: Int) {
        self.store = store
        self.source = source
        self.target = target
        self.policy = policy
        self.lengthRatio = lengthRatio
        self.model = model
        self.version = version
        self.history = history
        self.applied = applied
    }

    /// Aligns `source` with `target` by Sverka's standard pipeline under `policy` (what `sverka
    /// align` does with the same choices) and saves a new project at `path`, which must not exist.
    /// The level shown first is the policy's: paragraphs for `.paragraph`, sentences otherwise.
    public static func create(at path: String, source: Document, target: Document,
                              policy: AlignmentPolicy = AlignmentPolicy()) throws -> ReviewProject {
        if let problem = policy.problem { throw ReviewError.invalidAction("the policy cannot be used: \(problem)") }
        let output = try align(source: source, target: target, policy: policy)
        let level: AlignmentLevel = policy.level == .paragraph ? .paragraph : .sentence
        let model = ReviewModel(result: output.result, level: level)
        let store = try ReviewStore.create(at: path)
        let project = ReviewProject(store: store, source: source, target: target, policy: policy,
                                    lengthRatio: output.result.lengthRatio, model: model, version: 0, history: [], applied: 0)
        do {
            let encoder = JSONEncoder()
            try store.save(meta: [
                "format": Data(String(ReviewStore.format).utf8),
                "source": try encoder.encode(StoredDocument(source)),
                "target": try encoder.encode(StoredDocument(target)),
                "policy": try encoder.encode(StoredPolicy(policy)),
                "lengthRatio": Data(String(output.result.lengthRatio).utf8),
            ].merging(try project.stateRecords()) { $1 }, keepHistory: 0, append: [])
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
        return project
    }

    /// Reopens the project at `path` as it was last saved (beads, confirmations, edits, dismissals,
    /// level, version, undo and redo).
    public static func open(at path: String) throws -> ReviewProject {
        let store = try ReviewStore.open(at: path)
        let contents = try store.load()
        let decoder = JSONDecoder()
        func value<T: Decodable>(_ key: String, _ type: T.Type) throws -> T {
            guard let data = contents.meta[key] else { throw ReviewError.notAProject(path: path, reason: "\(key) is missing") }
            do { return try decoder.decode(type, from: data) } catch {
                throw ReviewError.notAProject(path: path, reason: "\(key) is damaged")
            }
        }
        func number(_ key: String) throws -> Double {
            guard let data = contents.meta[key], let value = Double(String(decoding: data, as: UTF8.self)) else {
                throw ReviewError.notAProject(path: path, reason: "\(key) is missing or damaged")
            }
            return value
        }
        guard try number("format") == Double(ReviewStore.format) else {
            throw ReviewError.notAProject(path: path, reason: "made by another version of sverka (format \(try number("format")))")
        }
        guard let source = try value("source", StoredDocument.self).document,
              let target = try value("target", StoredDocument.self).document else {
            throw ReviewError.notAProject(path: path, reason: "a text is damaged")
        }
        guard let policy = try value("policy", StoredPolicy.self).policy else {
            throw ReviewError.notAProject(path: path, reason: "the policy is damaged")
        }
        let model = try value("model", ReviewModel.self)
        let history = try contents.history.map { data in
            do { return try decoder.decode(ReviewChange.self, from: data) } catch {
                throw ReviewError.notAProject(path: path, reason: "the history is damaged")
            }
        }
        let applied = Int(try number("applied"))
        guard (0...history.count).contains(applied) else { throw ReviewError.notAProject(path: path, reason: "the history is damaged") }
        let project = ReviewProject(store: store, source: source, target: target, policy: policy, lengthRatio: try number("lengthRatio"),
                                    model: model, version: Int(try number("version")), history: history, applied: applied)
        for level in AlignmentLevel.allCases {
            guard let beads = model.beads(at: level) else { continue }
            if let problem = project.violation(beads, at: level) {
                throw ReviewError.notAProject(path: path, reason: "the \(level.rawValue) alignment is damaged (\(problem))")
            }
        }
        return project
    }

    /// The project now: beads at the current level with their divergences, units, dismissals, undo state.
    public var state: ReviewState {
        lock.lock()
        defer { lock.unlock() }
        return currentState()
    }

    /// Does `action`, saves, and returns the new state. With `expectedVersion`, the action is
    /// refused (``ReviewError/staleVersion(expected:current:)``) unless the project is at that
    /// version: a page acting on what it shows never acts on a state it has not seen. A refused
    /// action changes nothing.
    @discardableResult
    public func apply(_ action: ReviewAction, expectedVersion: Int? = nil) throws -> ReviewState {
        lock.lock()
        defer { lock.unlock() }
        if let expectedVersion, expectedVersion != version {
            throw ReviewError.staleVersion(expected: expectedVersion, current: version)
        }
        switch action {
        case .undo:
            guard applied > 0 else { throw ReviewError.invalidAction("there is nothing to undo") }
            try commit(history[applied - 1].applied(to: model, forward: false), applied: applied - 1, newChange: nil)
        case .redo:
            guard applied < history.count else { throw ReviewError.invalidAction("there is nothing to redo") }
            try commit(history[applied].applied(to: model, forward: true), applied: applied + 1, newChange: nil)
        default:
            let next = try changed(by: action)
            let change = ReviewChange(from: model, to: next)
            guard !change.isEmpty else { throw ReviewError.invalidAction("\(action.name) changes nothing here") }
            try commit(next, applied: applied + 1, newChange: change)
        }
        return currentState()
    }

    /// The model after `action` (not undo or redo), checked.
    private func changed(by action: ReviewAction) throws -> ReviewModel {
        var next: ReviewModel
        switch action {
        case let .merge(bead, direction): next = try model.merging(bead, direction)
        case let .moveUnit(bead, side, edge): next = try model.movingUnit(bead, side: side, edge: edge)
        case let .split(bead, s, t): next = try model.splitting(bead, source: s, target: t)
        case let .moveBoundary(bead, side, by): next = try model.movingBoundary(bead, side: side, by: by)
        case let .confirm(bead): next = try model.confirming(bead, true)
        case let .unconfirm(bead): next = try model.confirming(bead, false)
        case let .edit(side, unit, text): next = try editing(side: side, unit: unit, text: text)
        case let .dismiss(id, note):
            guard let divergence = currentDivergences().first(where: { $0.id == id }) else { throw ReviewError.unknownDivergence(id) }
            next = model
            next.dismissed[id] = ReviewDismissal(id: id, note: note, divergence: divergence)
        case let .restore(id):
            guard model.dismissed[id] != nil else { throw ReviewError.unknownDivergence(id) }
            next = model
            next.dismissed[id] = nil
        case .realign: next = try realigned()
        case let .level(level):
            guard model.beads(at: level) != nil else {
                throw ReviewError.invalidAction("the \(level.rawValue) level was not aligned (a sentence-only alignment)")
            }
            guard level != model.level else { throw ReviewError.invalidAction("the project is already at the \(level.rawValue) level") }
            next = model
            next.level = level
        case .undo, .redo: next = model
        }
        for level in AlignmentLevel.allCases {
            guard let beads = next.beads(at: level), beads != model.beads(at: level) else { continue }
            if let problem = violation(beads, at: level) { throw ReviewError.invalidAction("it would break the alignment: \(problem)") }
        }
        return next
    }

    private func editing(side: ReviewAction.Side, unit: Int, text: String) throws -> ReviewModel {
        let document = side == .source ? source : target
        let count = model.level == .paragraph ? document.paragraphs.count : document.sentences.count
        guard unit >= 0 && unit < count else { throw ReviewError.unknownUnit(side: side.rawValue, index: unit) }
        guard !text.allSatisfy(\.isWhitespace) else {
            throw ReviewError.invalidAction("a unit's text cannot be empty (merge or move the unit instead)")
        }
        let original = model.level == .paragraph ? document.paragraphs[unit].text : document.sentences[unit].text
        var next = model
        next.edits[ReviewModel.editKey(level: model.level, side: side, unit: unit)] = text == original ? nil : text
        return next
    }

    /// The model aligned again with the confirmed beads of both levels as anchors: confirmed beads
    /// stay (and keep their ids), beads the aligner gives as they were keep theirs too.
    private func realigned() throws -> ReviewModel {
        var policy = self.policy
        func pins(_ beads: [StoredBead]?) -> [BeadAnchors.Pin] {
            (beads ?? []).filter { $0.confirmed && $0.beadKind != .furniture }.map { BeadAnchors.Pin(source: $0.source, target: $0.target) }
        }
        policy.anchors = BeadAnchors(paragraphs: pins(model.paragraphs), sentences: pins(model.sentences))
        if let problem = policy.anchors.problem { throw ReviewError.alignmentFailed("the confirmed beads do not fit together: \(problem)") }
        let output = try Self.align(source: source, target: target, policy: policy)
        var next = model
        func merged(_ old: [StoredBead]?, _ alignment: Alignment?) -> [StoredBead]? {
            guard let alignment else { return nil }
            var byUnits: [String: StoredBead] = [:]
            for bead in old ?? [] { byUnits["\(bead.source):\(bead.target):\(bead.kind)"] = bead }
            return alignment.beads.map { bead in
                let key = "\(bead.source):\(bead.target):\(bead.kind.rawValue)"
                if let kept = byUnits[key], kept.confirmed { return kept }
                let id: Int
                if let kept = byUnits[key] { id = kept.id } else { id = next.nextBeadID; next.nextBeadID += 1 }
                return StoredBead(id: id, source: bead.source, target: bead.target, kind: bead.kind.rawValue,
                                  confidence: bead.confidence.isFinite ? bead.confidence : 0,
                                  cost: bead.cost.isFinite ? bead.cost : nil, confirmed: false)
            }
        }
        next.paragraphs = model.paragraphs == nil ? nil : merged(model.paragraphs, output.result.paragraphs)
        next.sentences = merged(model.sentences, output.result.sentences) ?? model.sentences
        return next
    }

    /// Runs the standard pipeline; the library's typed failures become ``ReviewError/alignmentFailed(_:)``.
    private static func align(source: Document, target: Document, policy: AlignmentPolicy) throws -> AlignmentPipeline.Output {
        do {
            return try AlignmentPipeline.standard(sourceLanguage: source.language, targetLanguage: target.language, policy: policy)
                .run(source: source, target: target)
        } catch let error as BeadAnchorError {
            throw ReviewError.alignmentFailed(error.description)
        } catch let error as AlignmentPipeline.Failure {
            throw ReviewError.alignmentFailed(error.description)
        }
    }

    /// The first broken invariant of `beads` at `level` (every unit once, in order).
    private func violation(_ beads: [StoredBead], at level: AlignmentLevel) -> String? {
        AlignmentInvariants.violation(
            beads: beads.map(\.bead),
            sourceCount: level == .paragraph ? source.paragraphs.count : source.sentences.count,
            targetCount: level == .paragraph ? target.paragraphs.count : target.sentences.count)
    }

    /// Saves `next` as the model, `applied` changes in effect, `newChange` (when given) replacing
    /// the changes that could be redone; memory changes only once the file has.
    private func commit(_ next: ReviewModel, applied nextApplied: Int, newChange: ReviewChange?) throws {
        let previous = (model, version, applied, history)
        model = next
        version += 1
        applied = nextApplied
        if let newChange {
            history = Array(history.prefix(nextApplied - 1)) + [newChange]
        }
        do {
            let append = try newChange.map { [try JSONEncoder().encode($0)] } ?? []
            try store.save(meta: try stateRecords(), keepHistory: newChange == nil ? Int.max : nextApplied - 1, append: append)
        } catch {
            (model, version, applied, history) = previous
            throw error
        }
    }

    /// The `meta` rows that change with every action.
    private func stateRecords() throws -> [String: Data] {
        [
            "model": try JSONEncoder().encode(model),
            "version": Data(String(version).utf8),
            "applied": Data(String(applied).utf8),
        ]
    }

    // MARK: - What the state shows

    /// What the writers need, under the lock: the corrected alignment at the current level with
    /// confirmations and originals, its divergences less the dismissed ones, and the policy.
    func exportParts() -> (AlignedUnits, Diagnosis, AlignmentPolicy) {
        lock.lock()
        defer { lock.unlock() }
        let level = model.level
        var units = AlignedUnits(result: currentResult(), level: level)
        let beads = model.beads(at: level) ?? []
        units.confirmed = Set(beads.indices.filter { beads[$0].confirmed })
        for (side, document) in [(ReviewAction.Side.source, source), (.target, target)] {
            var originals: [Int: String] = [:]
            for unit in model.edits(level: level, side: side).keys {
                originals[unit] = level == .paragraph ? document.paragraphs[unit].text : document.sentences[unit].text
            }
            if side == .source { units.sourceOriginals = originals } else { units.targetOriginals = originals }
        }
        let diagnosis = currentDiagnosis()
        let kept = diagnosis.divergences.filter { d in
            guard d.bead >= 0 && d.bead < beads.count else { return true }
            return model.dismissed[ReviewModel.divergenceID(kind: d.kind.rawValue, level: level, bead: beads[d.bead])] == nil
        }
        return (units, Diagnosis(divergences: kept, thresholds: diagnosis.thresholds), policy)
    }

    /// The documents with the edits at `level` in their units' texts.
    func editedDocuments(at level: AlignmentLevel) -> (Document, Document) {
        (edited(source, edits: model.edits(level: level, side: .source), level: level),
         edited(target, edits: model.edits(level: level, side: .target), level: level))
    }

    private func edited(_ document: Document, edits: [Int: String], level: AlignmentLevel) -> Document {
        guard !edits.isEmpty else { return document }
        var paragraphs = document.paragraphs, sentences = document.sentences
        for (unit, text) in edits {
            if level == .paragraph {
                let p = paragraphs[unit]
                paragraphs[unit] = Paragraph(index: p.index, line: p.line, text: text, plain: text, range: p.range, sentenceRange: p.sentenceRange)
            } else {
                let s = sentences[unit]
                sentences[unit] = Sentence(index: s.index, paragraph: s.paragraph, line: s.line, text: text, plain: text, range: s.range)
            }
        }
        return Document(name: document.name, language: document.language, text: document.text, paragraphs: paragraphs,
                        sentences: sentences, paragraphConvention: document.paragraphConvention, warnings: document.warnings)
    }

    /// The alignment as the library's result, with the edited texts at the current level.
    func currentResult() -> DocumentAlignment {
        let (s, t) = editedDocuments(at: model.level)
        func alignment(_ beads: [StoredBead]?, _ level: AlignmentLevel) -> Alignment? {
            beads.map {
                Alignment(level: level,
                          sourceCount: level == .paragraph ? s.paragraphs.count : s.sentences.count,
                          targetCount: level == .paragraph ? t.paragraphs.count : t.sentences.count,
                          beads: $0.map(\.bead))
            }
        }
        return DocumentAlignment(source: s, target: t, paragraphs: alignment(model.paragraphs, .paragraph),
                                 sentences: alignment(model.sentences, .sentence)!, lengthRatio: lengthRatio)
    }

    /// The library's divergences of the current alignment at the current level (dismissed ones included).
    func currentDiagnosis() -> Diagnosis {
        let detector = AlignmentPipeline.standard(sourceLanguage: source.language, targetLanguage: target.language, policy: policy).detector
        return (try? detector.diagnose(currentResult(), level: model.level)) ?? Diagnosis(divergences: [], thresholds: [:])
    }

    /// The divergences of the current alignment, dismissed ones included, computed once per change.
    private func currentDivergences() -> [ReviewDivergence] {
        let beads = model.beads(at: model.level) ?? []
        let key = DiagnosisKey(level: model.level, beads: beads.map { var bead = $0; bead.confirmed = false; return bead },
                               edits: model.edits.filter { $0.key.hasPrefix(model.level.rawValue + "/") })
        if let divergences, divergences.key == key { return divergences.found }
        let found = currentDiagnosis().divergences.compactMap { d -> ReviewDivergence? in
            guard d.bead >= 0 && d.bead < beads.count else { return nil }
            let bead = beads[d.bead]
            return ReviewDivergence(
                id: ReviewModel.divergenceID(kind: d.kind.rawValue, level: model.level, bead: bead),
                bead: bead.id, kind: d.kind.rawValue, severity: d.severity.rawValue, confidence: d.confidence, message: d.reason)
        }
        divergences = (key, found)
        return found
    }

    private func currentState() -> ReviewState {
        let level = model.level
        let divergences = currentDivergences()
        let dismissedHere = model.dismissed.values.filter { $0.id.contains("@\(level.rawValue):") }.sorted { $0.id < $1.id }
        var onBead: [Int: [ReviewDivergence]] = [:]
        for d in divergences where model.dismissed[d.id] == nil { onBead[d.bead, default: []].append(d) }
        let beads = (model.beads(at: level) ?? []).map { bead in
            ReviewBead(id: bead.id, source: bead.source, target: bead.target, kind: bead.kind, type: bead.bead.typeName,
                       confidence: bead.confidence, confirmed: bead.confirmed, divergences: onBead[bead.id] ?? [])
        }
        func units(_ document: Document, _ side: ReviewAction.Side) -> [ReviewUnit] {
            let edits = model.edits(level: level, side: side)
            if level == .paragraph {
                return document.paragraphs.map { p in
                    ReviewUnit(index: p.index, text: edits[p.index] ?? p.text, original: edits[p.index] == nil ? nil : p.text, line: p.line)
                }
            }
            return document.sentences.map { s in
                ReviewUnit(index: s.index, text: edits[s.index] ?? s.text, original: edits[s.index] == nil ? nil : s.text, line: s.line)
            }
        }
        return ReviewState(
            version: version, level: level, levels: AlignmentLevel.allCases.filter { model.beads(at: $0) != nil },
            sourceName: source.name, targetName: target.name, sourceLanguage: source.language, targetLanguage: target.language,
            beads: beads, sourceUnits: units(source, .source), targetUnits: units(target, .target),
            dismissed: dismissedHere, canUndo: applied > 0, canRedo: applied < history.count)
    }
}
