import SverkaICU

/// `source-language`: a run of the original's script left in the translation (three letters or
/// more), or a translation identical to its original in a pair of the same script.
struct SourceLanguageCheck: DivergenceCheck {
    func findings(at bead: BeadUnderCheck) -> [Finding] {
        let document = bead.document
        if let run = Self.sourceScriptRun(in: bead.target, sourceScript: document.sourceScript, targetScript: document.targetScript) {
            return [Finding(kind: .sourceLanguage, severity: .warning,
                            reason: "text in the original's script left in the translation: \(run)", confidence: 0.95, evidence: [run])]
        }
        let s = bead.source
        if s.count >= 10, s.contains(where: \.isLetter), s.lowercased() == bead.target.lowercased(),
           document.sourceScript == document.targetScript {
            return [Finding(kind: .sourceLanguage, severity: .warning, reason: "the translation is identical to the original", confidence: 0.9)]
        }
        return []
    }

    /// A run of three or more letters of the source's script in `text`, when the two scripts differ.
    static func sourceScriptRun(in text: String, sourceScript: Script?, targetScript: Script?) -> String? {
        guard let sourceScript, let targetScript, sourceScript != targetScript else { return nil }
        // ASCII text holds letters of no script but Latin: most translations into English.
        if sourceScript != .latin && text.utf8.allSatisfy({ $0 < 0x80 }) { return nil }
        for word in text.split(whereSeparator: { !$0.isLetter && $0 != "-" }) {
            let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
            if letters.count >= 3 && letters.allSatisfy({ Script(of: $0) == sourceScript }) { return String(word) }
        }
        return nil
    }
}
