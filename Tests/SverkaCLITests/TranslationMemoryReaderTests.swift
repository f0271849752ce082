import Foundation
import Testing
import Sverka

/// The library side of `sverka check`: reading TMX, XLIFF and TSV, and checking the units.
@Suite("TranslationMemoryReader and TranslationMemoryChecker")
struct TranslationMemoryReaderTests {
    private func read(_ text: String) throws -> TranslationMemory {
        try TranslationMemoryReader().parse(Data(text.utf8), name: "memory")
    }

    @Test("TMX: srclang and the other xml:lang, inline codes left out, entities and CDATA read, lines of the file")
    func tmx() throws {
        let memory = try read("""
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header srclang="ru-RU" adminlang="en" segtype="sentence" o-tmf="x" creationtool="t" creationtoolversion="1" datatype="xml"/>
        <body>
        <tu tuid="a"><tuv xml:lang="en-GB"><seg>Hello, <bpt i="1">&lt;b&gt;</bpt>world<ept i="1">&lt;/b&gt;</ept> &amp; all</seg></tuv>
        <tuv xml:lang="ru-RU"><seg>Привет, <hi>мир</hi> <![CDATA[& все]]></seg></tuv></tu>
        <tu><tuv xml:lang="ru-RU"><seg>Только оригинал</seg></tuv></tu>
        </body></tmx>
        """)
        #expect(memory.format == .tmx && memory.sourceLanguage == "ru-RU" && memory.targetLanguage == "en-GB")
        #expect(memory.units.map(\.source) == ["Привет, мир & все", "Только оригинал"])
        #expect(memory.units.map(\.target) == ["Hello, world & all", ""])
        #expect(memory.units[0].id == "a" && memory.units[0].sourceLine == 5 && memory.units[0].targetLine == 4)
    }

    @Test("XLIFF 1.2: languages of the file, alt-trans and notes are no units, translate=\"no\" kept unchecked, a missing target untranslated")
    func xliff12() throws {
        let memory = try read("""
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
         <file original="a" source-language="ru" target-language="en" datatype="plaintext"><body>
          <trans-unit id="1"><source>Один <g id="1">два</g><x id="2"/></source><target>One <g id="1">two</g></target>
           <alt-trans><source>Один</source><target>Uno</target></alt-trans><note>note</note></trans-unit>
          <trans-unit id="2" translate="no"><source>СЕКРЕТНО</source></trans-unit>
          <group translate="no"><trans-unit id="3"><source>Штамп</source><target>Stamp</target></trans-unit></group>
          <trans-unit id="4"><source>Три</source><target state="needs-translation"/></trans-unit>
         </body></file></xliff>
        """)
        #expect(memory.format == .xliff1 && memory.sourceLanguage == "ru" && memory.targetLanguage == "en")
        #expect(memory.units.map(\.source) == ["Один два", "СЕКРЕТНО", "Штамп", "Три"])
        #expect(memory.units.map(\.target) == ["One two", "", "Stamp", ""])
        #expect(memory.units.map(\.translatable) == [true, false, false, true])
    }

    @Test("XLIFF 2: srcLang and trgLang, one unit per segment, <cp/> as its character, original data left out")
    func xliff2() throws {
        let memory = try read("""
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ru" trgLang="en">
         <file id="f"><unit id="u1"><originalData><data id="d1">&lt;br/&gt;</data></originalData>
          <segment id="s1"><source>Да<ph id="1" dataRef="d1"/>!</source><target>Yes!</target></segment>
          <ignorable><source> </source></ignorable>
          <segment id="s2"><source>Звонок<cp hex="0007"/></source><target>Bell<cp hex="0007"/></target></segment>
         </unit></file></xliff>
        """)
        #expect(memory.format == .xliff2 && memory.sourceLanguage == "ru" && memory.targetLanguage == "en")
        #expect(memory.units.map(\.id) == ["u1/s1", "u1/s2"])
        #expect(memory.units.map(\.source) == ["Да!", "Звонок\u{07}"])
        #expect(memory.units.map(\.target) == ["Yes!", "Bell\u{07}"])
    }

    @Test("TSV: source<TAB>target taken literally, a header skipped; Sverka's TSV unescaped, its furniture unchecked")
    func tsv() throws {
        let plain = try read("source\ttarget\nОдин\\n\tOne\n\nДва\t\n")
        #expect(plain.format == .tsv && plain.units.map(\.source) == ["Один\\n", "Два"] && plain.units.map(\.target) == ["One", ""])
        #expect(plain.units.map(\.sourceLine) == [2, 4])
        let sverka = try read(TSVWriter.columns.joined(separator: "\t") + "\nА\\tБ\tA\\nB\t1.0\t1-1\t0\t0\t\nШТАМП\t\t0.0\tfurniture\t1\t\t\n")
        #expect(sverka.units.map(\.source) == ["А\tБ", "ШТАМП"] && sverka.units.map(\.target) == ["A\nB", ""])
        #expect(sverka.units.map(\.translatable) == [true, false])
    }

    @Test("the checker: one bead per unit (1-1, 1-0, 0-1, furniture), nothing lost, the divergences of the units")
    func checker() throws {
        let memory = TranslationMemory(name: "m", format: .tsv, units: [
            .init(source: "В 1952 году. Пришла телеграмма.", target: "In 1953. A telegram came.", sourceLine: 1, targetLine: 1),
            .init(source: "Это осталось без перевода совсем, целиком и полностью.", target: "", sourceLine: 2, targetLine: 2),
            .init(source: "", target: "[Translator's note]", sourceLine: 3, targetLine: 3),
            .init(source: "СЕКРЕТНО", target: "SECRET", sourceLine: 4, targetLine: 4, translatable: false),
            .init(source: "Москва.", target: "Москва.", sourceLine: 5, targetLine: 5),
        ])
        let output = try TranslationMemoryChecker().check(memory, sourceLanguage: "ru", targetLanguage: "en")
        let beads = try #require(output.units.alignment).beads
        #expect(beads.map(\.typeName) == ["1-1", "1-0", "0-1", "furniture", "furniture", "1-1"])
        #expect(output.result.source.paragraphs.count == 4 && output.result.target.paragraphs.count == 4)
        #expect(output.result.source.paragraphs[0].sentenceRange.count == 2)
        #expect(output.units.sourceText(beads[0]) == "В 1952 году. Пришла телеграмма.")
        let kinds = Dictionary(grouping: output.diagnosis.divergences, by: \.bead).mapValues { Set($0.map(\.kind)) }
        #expect(kinds[0]?.contains(.numberMismatch) == true)
        #expect(kinds[1]?.contains(.untranslated) == true)
        #expect(kinds[2]?.contains(.added) == true)
        #expect(kinds[3] == nil && kinds[4] == nil)
        #expect(kinds[5]?.contains(.sourceLanguage) == true)
        #expect(output.diagnosis.divergences.first { $0.bead == 5 }?.sourceLine == 5)
    }

    @Test("languages: given over the file's, the file's over a guess, a guess from the script")
    func languages() {
        let memory = TranslationMemory(name: "m", format: .tsv, units: [.init(source: "Привет", target: "Hello", sourceLine: 1, targetLine: 1)])
        #expect(TranslationMemoryChecker.languages(of: memory) == ("ru", "en"))
        var named = memory
        named.sourceLanguage = "uk"
        #expect(TranslationMemoryChecker.languages(of: named) == ("uk", "en"))
        #expect(TranslationMemoryChecker.languages(of: named, sourceLanguage: "be", targetLanguage: "de") == ("be", "de"))
    }
}
