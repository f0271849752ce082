/// Abbreviations after which a period does not end a sentence, for one language.
///
/// ICU's sentence iterator breaks after `т.` in `т. Сталину` or `Mr.` before a capital; this list
/// tells ``SentenceSegmenter`` to join such pieces back. Entries are lower case, without the final
/// period; internal periods are kept (`с.г`, `e.g`).
///
/// Abbreviations that often *end* a sentence (`и т.д.`, `etc.`, `и др.`) are deliberately absent.
public struct AbbreviationList: Equatable, Sendable {
    /// Abbreviations that never end a sentence.
    public let always: Set<String>
    /// Abbreviations that do not end a sentence when a number follows (`No. 2084`, `p. 5`), but may
    /// otherwise (`I said no.`).
    public let beforeNumber: Set<String>

    /// A list from explicit entries (lower case, final period dropped); duplicates are harmless.
    public init<A: Sequence<String>, B: Sequence<String>>(always: A, beforeNumber: B) {
        self.always = Set(always)
        self.beforeNumber = Set(beforeNumber)
    }

    /// The built-in list for `language` (its primary subtag: `ru`, `en`, `de`, `fr`, `uk`);
    /// an empty list for any other language.
    public static func builtIn(for language: String) -> AbbreviationList {
        switch LanguageCode.primary(language) {
        case "ru": return .russian
        case "uk", "be": return AbbreviationList(always: russian.always, beforeNumber: russian.beforeNumber)
        case "en": return .english
        case "de": return .german
        case "fr": return .french
        default: return AbbreviationList(always: [String](), beforeNumber: [String]())
        }
    }

    /// Whether a sentence piece ending in `word.` should be joined to the piece that follows,
    /// which starts with `next` (its first non-space character, if any).
    public func joins(after word: String, next: Character?) -> Bool {
        if always.contains(word) { return true }
        if beforeNumber.contains(word), let next, next.isNumber { return true }
        return false
    }

    /// Russian: forms of address, ranks, units, dates and document apparatus.
    public static let russian = AbbreviationList(
        always: [
            "т", "тов", "г", "гг", "с.г", "т.г", "н.э", "т.е", "т.к", "т.н", "и.о", "вр.и.о", "см", "ср", "сл",
            "экз", "главн", "вх", "исх", "отп", "расп", "подп", "стр", "ул", "пр-т", "пл", "д", "кв", "им", "ч", "мин",
            "сек", "руб", "коп", "тыс", "млн", "млрд", "проф", "акад", "доц", "ген", "полк", "подполк", "лейт",
            "ст.лейт", "мл", "кап", "капт", "майор", "рис", "табл", "гл", "прим", "ред", "изд", "напр", "обл",
            "р-н", "пос", "дер", "с", "оз", "о", "кн", "св", "ок", "л", "лл", "ф", "оп", "рук", "отд", "упр",
            "нач", "зам", "пред", "секр", "гос", "рис", "вып", "т.о", "т.ч", "англ", "франц", "нем", "кит",
            "кор", "рус", "лат", "греч",
        ],
        beforeNumber: ["№", "п", "пп", "ст", "м", "ч", "р", "к", "в", "вв", "гл", "т", "тт", "ок"]
    )

    /// English: titles, ranks, months, Latin abbreviations and reference apparatus.
    public static let english = AbbreviationList(
        always: [
            "mr", "mrs", "ms", "messrs", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "capt", "cpt", "sgt",
            "maj", "adm", "cmdr", "gov", "sen", "rep", "rev", "hon", "pres", "vs", "e.g", "i.e", "cf", "viz",
            "approx", "dept", "est", "ca", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "mt", "ft", "ave", "blvd", "u.s", "u.k", "u.n", "u.s.s.r", "op", "ll", "ff", "fol", "ibid",
            "comp", "ed", "eds", "trans", "inc", "ltd", "co", "corp", "bros"
        ],
        beforeNumber: ["no", "nos", "p", "pp", "vol", "vols", "fig", "figs", "art", "ch", "sec", "para", "f", "d", "l", "n", "v", "mar"]
    )

    /// German: common abbreviations (for the Text+Berg benchmark and other German input).
    public static let german = AbbreviationList(
        always: ["nr", "dr", "prof", "hr", "fr", "frl", "z.b", "bzw", "ca", "vgl", "u.a", "z.t", "d.h", "o.ä",
                 "str", "st", "abb", "ggf", "evtl", "inkl", "ing", "dipl", "m.ü.m", "ü.m"],
        beforeNumber: ["s", "bd", "jh", "kap", "abs"]
    )

    /// French: common abbreviations.
    public static let french = AbbreviationList(
        always: ["m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st", "ste", "cf", "env",
                 "av", "bd", "éd", "vol", "fig", "p.ex", "c.-à-d"],
        beforeNumber: ["p", "pp", "n°", "no", "chap", "t"]
    )
}
