/// Names typed letter-spaced for emphasis (`Ф И Л И П П О В У`, `М А О Ц З Е - Д У Н`), as
/// telegrams and typescripts do, read back as words.
package enum SpacedLetters {
    /// `tokens` with runs of three or more single capital letters (hyphens between them allowed)
    /// joined into one word token; shorter runs are left as they were.
    package static func joined(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        var run: [Token] = []
        func flush() {
            let letters = run.filter { $0.kind == .word }
            if letters.count >= 3 {
                result.append(Token(text: letters.map(\.text).joined(), lower: letters.map(\.lower).joined(), kind: .word,
                                    range: run[0].range.lowerBound..<run[run.count - 1].range.upperBound))
            } else {
                result.append(contentsOf: run)
            }
            run = []
        }
        for token in tokens {
            if token.kind == .word, token.text.count == 1, token.text.first?.isUppercase == true {
                run.append(token)
            } else if token.text == "-" && !run.isEmpty {
                run.append(token) // М А О Ц З Е - Д У Н
            } else {
                flush()
                result.append(token)
            }
        }
        flush()
        return result
    }
}
