/// Built-in renderings of Russian names whose usual English form is no transliteration: place
/// names, organisations and given names by word stem (Китай → China, Павел → Paul), common words
/// capitalised in names (Министерство → Ministry), and acronyms (ООН → UN, United Nations). Used
/// by ``NameMatcher`` when the source is Russian, with or without a dictionary.
enum Exonyms {
    /// English word *prefixes* by Russian word prefix (lower case) for proper names: a Russian word
    /// starting with the stem is rendered by a target word starting with one of the forms
    /// (`Китая` ~ `Chinese`). Strong enough to say that a name is rendered elsewhere in a document.
    static let russianToEnglish: [(String, [String])] = [
        ("кита", ["china", "chinese"]), ("пекин", ["beijing", "peking", "peiping"]), ("пхеньян", ["pyongyang"]),
        ("москв", ["moscow"]), ("московск", ["moscow"]), ("япон", ["japan"]), ("герман", ["german"]), ("немец", ["german"]),
        ("немк", ["german"]), ("сша", ["usa", "us", "united", "america"]),
        ("англ", ["england", "english", "brit", "uk"]), ("британ", ["brit", "uk"]),
        ("великобритан", ["brit", "uk", "united"]), ("европ", ["europe", "eu"]), ("евросоюз", ["eu", "europe"]),
        ("азия", ["asia"]), ("азии", ["asia"]), ("азиат", ["asia"]),
        ("польш", ["poland", "polish"]), ("поляк", ["pole", "polish"]), ("турц", ["turkey", "turkish"]), ("турок", ["turk"]),
        ("греци", ["greece", "greek"]), ("грек", ["greek"]),
        ("египет", ["egypt"]), ("египт", ["egypt"]), ("швейцар", ["switzerland", "swiss"]), ("швец", ["sweden", "swedish"]),
        ("швед", ["sweden", "swede", "swedish"]), ("норвеги", ["norway", "norwegian"]), ("венгр", ["hungary", "hungarian"]),
        ("чех", ["czech"]), ("румын", ["romania", "rumania", "romanian"]), ("болгар", ["bulgaria"]), ("рим", ["rome", "roman"]),
        ("вен", ["vienna"]), ("варшав", ["warsaw"]), ("гонконг", ["hong", "kong"]),
        ("сеул", ["seoul"]), ("токио", ["tokyo"]), ("вашингтон", ["washington"]), ("голланд", ["holland", "dutch", "netherlands"]),
        ("нидерланд", ["netherlands", "dutch"]), ("итали", ["italy", "italian"]), ("испан", ["spain", "spanish", "spaniard"]),
        ("франц", ["france", "french"]), ("советск", ["soviet"]), ("ссср", ["ussr", "soviet"]),
        ("оон", ["un", "united"]), ("нато", ["nato"]), ("вкп", ["cpsu", "party"]), ("кпсс", ["cpsu", "party"]),
        ("ввс", ["vvs", "air"]), ("пво", ["pvo", "air"]),
        // Countries, capitals, regions (a modest list: most others transliterate).
        ("росси", ["russia"]), ("русск", ["russia"]), ("украин", ["ukrain"]), ("белорус", ["belarus", "byelorussia"]),
        ("беларус", ["belarus"]), ("австри", ["austria"]), ("австрали", ["australia"]), ("дани", ["denmark", "danish"]),
        ("датск", ["danish", "denmark"]), ("финлянд", ["finland"]), ("финск", ["finnish", "finland"]), ("кипр", ["cyprus"]),
        ("грузи", ["georgia"]), ("грузин", ["georgian"]), ("саудовск", ["saudi"]), ("сири", ["syria"]), ("ливан", ["lebanon"]),
        ("ливи", ["libya"]), ("алжир", ["alger"]), ("литв", ["lithuania"]), ("латви", ["latvia"]), ("эстони", ["estonia"]),
        ("иордан", ["jordan"]), ("израил", ["israel"]), ("мексик", ["mexic"]), ("канад", ["canad"]), ("америк", ["americ", "us"]),
        ("шотланд", ["scotland", "scottish"]), ("ирланд", ["ireland", "irish"]), ("уэльс", ["wales", "welsh"]),
        ("индийск", ["india"]), ("корейск", ["korea"]), ("кавказ", ["caucas"]), ("гааг", ["hague"]), ("женев", ["geneva"]),
        ("мюнхен", ["munich"]), ("кёльн", ["cologne"]), ("кельн", ["cologne"]), ("праг", ["prague"]), ("афин", ["athens"]),
        ("лиссабон", ["lisbon"]), ("неапол", ["naples"]), ("флоренц", ["florence"]), ("венеци", ["venice"]),
        ("стамбул", ["istanbul"]), ("тегеран", ["tehran", "teheran"]), ("иерусалим", ["jerusalem"]), ("каир", ["cairo"]),
        ("киев", ["kyiv", "kiev"]), ("кремл", ["kremlin"]), ("госдум", ["duma"]), ("госдеп", ["state department"]),
        ("пентагон", ["pentagon"]), ("минздрав", ["health"]), ("минобороны", ["defence", "defense"]), ("минфин", ["finance", "treasury"]),
        // Given names whose English form is another name.
        ("павел", ["paul"]), ("павл", ["paul"]), ("пётр", ["peter"]), ("петр", ["peter"]), ("михаил", ["michael"]),
        ("майкл", ["michael"]), ("иоанн", ["john"]), ("георги", ["george"]), ("екатерин", ["catherin", "katherin"]),
        ("елизавет", ["elizabeth"]), ("андре", ["andrew"]), ("иосиф", ["joseph"]), ("матве", ["matthew"]), ("яков", ["jacob", "james"]),
        ("ют", ["utah"]), ("людовик", ["louis"]), ("карл", ["charles", "carl", "karl"]), ("генрих", ["henry", "heinrich"]),
        ("фридрих", ["frederick", "friedrich"]), ("вильгельм", ["william", "wilhelm"]), ("евро", ["euro", "eu"]), ("подмосков", ["moscow"]), ("тихоокеан", ["pacific"]), ("айов", ["iowa"]), ("средиземн", ["mediterranean"]), ("освенцим", ["auschwitz"]),
    ]

    /// English word prefixes by Russian word prefix for *common words* that are capitalised in
    /// names (`Министерство` ~ `Ministry`, `Белом доме` ~ `White House`, `Северной` ~ `North`):
    /// enough for a word to be rendered in its pair, too weak to find it elsewhere in a document.
    static let russianWordsToEnglish: [(String, [String])] = [
        ("нью", ["new"]), ("бел", ["white"]), ("красн", ["red"]), ("дум", ["duma"]), ("северн", ["north"]), ("север", ["north"]),
        ("южн", ["south"]), ("юг", ["south"]), ("западн", ["west"]), ("запад", ["west"]), ("восточн", ["east"]), ("восток", ["east"]),
        ("здравоохранени", ["health"]), ("обороны", ["defence", "defense"]), ("верховн", ["supreme"]), ("следствен", ["investigat"]),
        ("генпрокуратур", ["prosecutor"]), ("евре", ["jew"]), ("христ", ["christ"]), ("мусульман", ["muslim", "moslem"]),
        ("ислам", ["islam"]), ("католи", ["catholic"]), ("православ", ["orthodox"]), ("коммунист", ["communist"]),
        ("рождеств", ["christmas"]), ("пасх", ["easter"]), ("господ", ["god", "lord"]), ("бог", ["god"]), ("всевышн", ["almighty", "god"]),
        ("министерств", ["ministry", "department", "office"]), ("правительств", ["government", "cabinet"]),
        ("соединенн", ["united", "uk", "us"]), ("соединённ", ["united", "uk", "us"]), ("королевств", ["kingdom", "uk"]), ("штат", ["state", "us"]),
        ("лиг", ["league"]), ("кубк", ["cup"]), ("кубок", ["cup"]), ("лейборист", ["labour", "labor"]),
        ("консерватив", ["conservative", "tory", "tories"]), ("земл", ["earth"]), ("би", ["bbc"]), ("парти", ["party"]),
        ("суд", ["court"]), ("государствен", ["state"]), ("агентств", ["agency"]), ("служб", ["service"]),
        ("совет", ["council", "soviet"]), ("собрани", ["assembly"]), ("палат", ["chamber", "house"]), ("дом", ["house"]),
        ("церк", ["church"]), ("флот", ["fleet", "navy"]), ("военно", ["navy", "naval", "military"]), ("объединённ", ["united", "joint"]),
        ("объединенн", ["united", "joint"]), ("нации", ["nations"]), ("наций", ["nations"]), ("международн", ["international"]),
        ("всемирн", ["world"]), ("сет", ["internet", "online", "web", "net"]), ("интернет", ["internet", "online", "web"]),
        ("союз", ["union", "alliance"]), ("ден", ["day"]), ("дн", ["day"]), ("главн", ["main", "chief", "general"]),
        ("вооруж", ["armed"]), ("национальн", ["national"]), ("университет", ["university"]), ("средн", ["mid", "middle"]), ("тих", ["pacific"]), ("бож", ["god"]), ("гос", ["state", "government", "public"]), ("новогод", ["new"]),
    ]

    /// The English prefixes of `word` (lower-case Russian) in ``russianToEnglish`` and, unless
    /// `namesOnly`, in ``russianWordsToEnglish``.
    static func englishPrefixes(of word: String, namesOnly: Bool = false) -> [String] {
        guard let first = word.first else { return [] }
        var result: [String] = []
        for (stem, forms) in namesByInitial[first] ?? [] where word.hasPrefix(stem) { result += forms }
        if !namesOnly {
            for (stem, forms) in wordsByInitial[first] ?? [] where word.hasPrefix(stem) { result += forms }
        }
        return result
    }

    /// ``russianToEnglish`` by the stems' first letter, in the table's order (a lookup runs for every
    /// word of a document).
    private static let namesByInitial: [Character: [(String, [String])]] = byInitial(russianToEnglish)
    /// ``russianWordsToEnglish`` by the stems' first letter.
    private static let wordsByInitial: [Character: [(String, [String])]] = byInitial(russianWordsToEnglish)

    private static func byInitial(_ table: [(String, [String])]) -> [Character: [(String, [String])]] {
        var result: [Character: [(String, [String])]] = [:]
        for (stem, forms) in table { if let first = stem.first { result[first, default: []].append((stem, forms)) } }
        return result
    }

    /// Renderings of Russian acronyms: a form in capitals is matched by that acronym as written
    /// (`WHO`, not `who`); a lower-case one is a phrase whose content words must all occur
    /// (`world health organization`).
    static let russianAcronyms: [String: [String]] = [
        "ООН": ["UN", "united nations"], "МИД": ["MFA", "foreign ministry", "foreign minister", "foreign affairs", "foreign office"],
        "США": ["US", "USA", "united states", "america"], "ЕС": ["EU", "european union"],
        "ВОЗ": ["WHO", "world health organization", "world health organisation"], "НАТО": ["NATO"],
        "ФРГ": ["FRG", "germany", "federal republic"], "ГДР": ["GDR", "east germany", "german democratic republic"],
        "КНДР": ["DPRK", "north korea"], "КНР": ["PRC", "china", "people's republic"], "РФ": ["RF", "russia", "russian federation"],
        "СССР": ["USSR", "soviet union", "soviet"], "КПСС": ["CPSU", "communist party"], "ЦК": ["CC", "central committee"],
        "ВКП": ["CPSU", "communist party"], "ЦРУ": ["CIA"], "ФБР": ["FBI"], "КГБ": ["KGB"], "ФСБ": ["FSB"],
        "МВД": ["MVD", "interior ministry", "internal affairs", "interior"], "МВФ": ["IMF", "international monetary fund"],
        "ВТО": ["WTO", "world trade organization"], "ЮНЕСКО": ["UNESCO"], "ОБСЕ": ["OSCE"], "МАГАТЭ": ["IAEA", "atomic energy agency"],
        "ОПЕК": ["OPEC"], "ЕЦБ": ["ECB", "european central bank"], "ЦБ": ["CBR", "central bank"], "ВВП": ["GDP", "gross domestic product"],
        "ВВС": ["BBC", "VVS", "RAF", "air force"], "ПВО": ["PVO", "air defence", "air defense"], "ДНК": ["DNA"], "РНК": ["RNA"],
        "ВИЧ": ["HIV"], "СПИД": ["AIDS"], "ПЦР": ["PCR"], "ИГИЛ": ["ISIS", "ISIL", "IS", "islamic state"], "ЛГБТ": ["LGBT", "LGBTQ"],
        "АЭС": ["NPP", "nuclear power plant", "nuclear plant", "power plant", "power station"], "СМИ": ["media", "press"],
        "МЧС": ["EMERCOM", "emergencies ministry", "emergency"], "ГИБДД": ["traffic police"], "РАН": ["RAS", "academy of sciences"],
        "МГУ": ["MSU", "moscow state university"], "ЦИК": ["CEC", "election commission", "electoral commission"],
        "ОМОН": ["OMON", "riot police"], "МОК": ["IOC", "olympic committee"], "ФИФА": ["FIFA"], "УЕФА": ["UEFA"],
        "ЕАЭС": ["EAEU", "eurasian economic union"], "СНГ": ["CIS", "commonwealth of independent states"], "ШОС": ["SCO"],
        "БРИКС": ["BRICS"], "ООО": ["LLC", "ltd"], "ОАО": ["OJSC", "JSC"], "ПАО": ["PJSC", "JSC"], "АО": ["JSC"],
        "ЮАР": ["RSA", "south africa"], "ОАЭ": ["UAE", "emirates"], "ВСУ": ["AFU", "armed forces"], "ЕСПЧ": ["ECHR", "european court"],
        "ТАСС": ["TASS"], "РИА": ["RIA"], "ЕР": ["united russia"], "ЛДПР": ["LDPR"], "КПРФ": ["CPRF", "communist party"],
        "ОС": ["OS", "operating system"], "ГЭС": ["HPP", "hydroelectric", "dam", "power plant"], "ТЭЦ": ["CHP", "power plant", "thermal"],
        "НДС": ["VAT"], "ДТП": ["accident", "crash", "collision"], "ИИ": ["AI", "artificial intelligence"], "ВМФ": ["navy", "naval"],
        "ГД": ["duma"], "СК": ["investigative committee"], "ЕГЭ": ["USE", "unified state exam"],
    ]
}
