import Foundation

/// A batch manifest: one pair per line, `source<TAB>target<TAB>output-prefix`, optionally followed
/// by `<TAB>source-lang<TAB>target-lang`, with LF or CRLF line ends. Blank lines and lines starting
/// with `#` are skipped; relative paths are taken from the manifest's folder.
public struct BatchManifest: Sendable {
    /// The pairs listed, in order; malformed lines are jobs that fail with their reason.
    public let jobs: [BatchJob]

    /// A manifest of `jobs`.
    public init(jobs: [BatchJob]) {
        self.jobs = jobs
    }

    /// Reads the manifest at `path` (throws ``BatchError`` when it cannot be read).
    public static func read(path: String) throws -> BatchManifest {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw BatchError.input("\(path): no such manifest file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BatchError.input("\(path): cannot read the manifest")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw BatchError.input("\(path): the manifest is not UTF-8 text")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        return BatchManifest(jobs: parse(text, folder: folder))
    }

    /// The jobs of manifest `text`, relative paths resolved against `folder`. A later line writing
    /// to an output prefix an earlier line already uses fails (the two would overwrite each other).
    public static func parse(_ text: String, folder: URL) -> [BatchJob] {
        var jobs: [BatchJob] = []
        var prefixes: [String: Int] = [:]
        // Split on the scalars: "\r\n" is one Character, so a CRLF manifest split on "\n" as a
        // Character would be one line.
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, scalars) in lines.enumerated() {
            let line = Substring(scalars.last == "\r" ? scalars.dropLast() : scalars)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let number = offset + 1
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func malformed(_ reason: String) -> BatchJob {
                BatchJob(position: jobs.count, line: number, outputPrefix: nil, request: .malformed(reason))
            }
            guard fields.count == 3 || fields.count == 5 else {
                jobs.append(malformed("expected 3 tab-separated fields (source, target, output prefix) or 5 (and the two languages), found \(fields.count)"))
                continue
            }
            if let empty = fields.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                jobs.append(malformed("field \(empty + 1) is empty"))
                continue
            }
            let prefix = resolve(fields[2], in: folder)
            if let first = prefixes[prefix] {
                jobs.append(malformed("output prefix \(fields[2]) is already used on line \(first)"))
                continue
            }
            prefixes[prefix] = number
            jobs.append(BatchJob(position: jobs.count, line: number, outputPrefix: prefix,
                                 sourceLanguage: fields.count == 5 ? fields[3] : nil,
                                 targetLanguage: fields.count == 5 ? fields[4] : nil,
                                 request: .pair(source: .file(resolve(fields[0], in: folder)),
                                                target: .file(resolve(fields[1], in: folder)))))
        }
        return jobs
    }

    /// `path` itself when absolute, else `path` inside `folder`.
    public static func resolve(_ path: String, in folder: URL) -> String {
        path.hasPrefix("/") ? path : folder.appendingPathComponent(path).path
    }
}
