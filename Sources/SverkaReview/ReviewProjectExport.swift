import Foundation
import Sverka

extension ReviewProject {
    /// The corrected alignment at the current level in `format`, through Sverka's writers: the
    /// beads as corrected, edited texts in place of the originals, confirmed beads marked (TMX: a
    /// `x-sverka-confirmed` prop; JSON: `"confirmed": true`), originals of edited units kept (TMX:
    /// a note; JSON: `sourceOriginal`/`targetOriginal`), dismissed divergences left out.
    /// `options`: the writers' options (nil: those of the project's policy).
    public func export(_ format: OutputFormat, options: OutputFormat.Options? = nil) throws -> OutputFormat.Rendered {
        let (units, diagnosis, policy) = exportParts()
        let options = options ?? policy.writerOptions(sourceLanguage: units.result.source.language,
                                                      targetLanguage: units.result.target.language)
        return try format.render(units, diagnosis: diagnosis, options: options)
    }
}
