/// Built-in renderings of Russian names whose usual English form is no transliteration: place
/// names and a few organisations by word stem (Китай → China), and acronyms (ООН → UN, United
/// Nations). Used by ``NameMatcher`` when the source is Russian, with or without a dictionary.
enum Exonyms {
    /// English word *prefixes* by Russian word prefix (lower case): a Russian word starting with
    /// the stem is rendered by a target word starting with one of the forms (`Китая` ~ `Chinese`).
    static let russianToEnglish: [(String, [String])] = [
        ("кита", ["china", "chinese"]), ("пекин", ["beijing", "peking", "peiping"]), ("пхеньян", ["pyongyang"]),
        ("москв", ["moscow"]), ("московск", ["moscow"]), ("япон", ["japan"]), ("герман", ["german"]), ("немец", ["german"]),
        ("немк", ["german"]), ("сша", ["usa", "us", "united", "america"]),
        ("англ", ["england", "english", "britain", "british"]), ("британ", ["britain", "british"]),
        ("великобритан", ["britain", "uk"]), ("европ", ["europe", "eu"]), ("евросоюз", ["eu", "europe"]),
        ("азия", ["asia"]), ("азии", ["asia"]), ("азиат", ["asia"]),
        ("польш", ["poland", "polish"]), ("поляк", ["pole", "polish"]), ("турц", ["turkey", "turkish"]), ("турок", ["turk"]),
        ("греци", ["greece", "greek"]), ("грек", ["greek"]),
        ("египет", ["egypt"]), ("египт", ["egypt"]), ("швейцар", ["switzerland", "swiss"]), ("швец", ["sweden", "swedish"]),
        ("швед", ["sweden", "swede", "swedish"]), ("норвеги", ["norway", "norwegian"]), ("венгр", ["hungary", "hungarian"]),
        ("чех", ["czech"]), ("румын", ["romania", "rumania", "romanian"]), ("болгар", ["bulgaria"]), ("рим", ["rome", "roman"]),
        ("вен", ["vienna"]), ("варшав", ["warsaw"]), ("нью", ["new"]), ("гонконг", ["hong", "kong"]),
        ("сеул", ["seoul"]), ("токио", ["tokyo"]), ("вашингтон", ["washington"]), ("голланд", ["holland", "dutch", "netherlands"]),
        ("нидерланд", ["netherlands", "dutch"]), ("итали", ["italy", "italian"]), ("испан", ["spain", "spanish", "spaniard"]),
        ("франц", ["france", "french"]), ("советск", ["soviet"]), ("ссср", ["ussr", "soviet"]),
        ("оон", ["un", "united"]), ("нато", ["nato"]), ("вкп", ["cpsu", "party"]), ("кпсс", ["cpsu", "party"]),
        ("ввс", ["vvs", "air"]), ("пво", ["pvo", "air"]),
        // Countries, capitals, regions, organisations (a modest list: most others transliterate).
        ("росси", ["russia"]), ("русск", ["russia"]), ("украин", ["ukrain"]), ("белорус", ["belarus", "byelorussia"]),
        ("беларус", ["belarus"]), ("австри", ["austria"]), ("австрали", ["australia"]), ("дани", ["denmark", "danish"]),
        ("датск", ["danish", "denmark"]), ("финлянд", ["finland"]), ("финск", ["finnish", "finland"]), ("кипр", ["cyprus"]),
        ("грузи", ["georgia"]), ("грузин", ["georgian"]), ("саудовск", ["saudi"]), ("сири", ["syria"]), ("ливан", ["lebanon"]),
        ("иордан", ["jordan"]), ("израил", ["israel"]), ("мексик", ["mexic"]), ("канад", ["canad"]), ("америк", ["americ"]),
        ("шотланд", ["scotland", "scottish"]), ("ирланд", ["ireland", "irish"]), ("уэльс", ["wales", "welsh"]),
        ("индийск", ["india"]), ("корейск", ["korea"]), ("северн", ["north"]), ("южн", ["south"]), ("западн", ["west"]),
        ("восточн", ["east"]), ("гааг", ["hague"]), ("женев", ["geneva"]), ("мюнхен", ["munich"]), ("кёльн", ["cologne"]),
        ("кельн", ["cologne"]), ("праг", ["prague"]), ("афин", ["athens"]), ("лиссабон", ["lisbon"]), ("неапол", ["naples"]),
        ("флоренц", ["florence"]), ("венеци", ["venice"]), ("стамбул", ["istanbul"]), ("тегеран", ["tehran", "teheran"]),
        ("иерусалим", ["jerusalem"]), ("каир", ["cairo"]), ("киев", ["kyiv", "kiev"]), ("киеве", ["kyiv", "kiev"]),
        ("кремл", ["kremlin"]), ("бел", ["white"]), ("красн", ["red"]), ("госдум", ["duma"]), ("дум", ["duma"]),
        ("минздрав", ["health"]), ("здравоохранени", ["health"]), ("минобороны", ["defence", "defense"]),
        ("обороны", ["defence", "defense"]), ("минфин", ["finance", "treasury"]), ("верховн", ["supreme"]),
        ("следствен", ["investigat"]), ("генпрокуратур", ["prosecutor"]), ("пентагон", ["pentagon"]),
        ("евре", ["jew"]), ("христ", ["christ"]), ("мусульман", ["muslim", "moslem"]), ("ислам", ["islam"]),
        ("католи", ["catholic"]), ("православ", ["orthodox"]), ("коммунист", ["communist"]), ("рождеств", ["christmas"]),
        ("пасх", ["easter"]),
    ]

    /// The English prefixes of `word` (lower-case Russian) in ``russianToEnglish``.
    static func englishPrefixes(of word: String) -> [String] {
        var result: [String] = []
        for (stem, forms) in russianToEnglish where word.hasPrefix(stem) { result += forms }
        return result
    }

    /// Renderings of Russian acronyms: a form in capitals is matched by that acronym as written
    /// (`WHO`, not `who`); a lower-case one is a phrase whose content words must all occur
    /// (`world health organization`).
    static let russianAcronyms: [String: [String]] = [
        "ООН": ["UN", "united nations"], "МИД": ["MFA", "foreign ministry", "foreign affairs", "foreign office"],
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
        "АЭС": ["NPP", "nuclear power plant", "nuclear plant", "power plant", "power station"], "СМИ": ["media"],
        "МЧС": ["EMERCOM", "emergencies ministry", "emergency"], "ГИБДД": ["traffic police"], "РАН": ["RAS", "academy of sciences"],
        "МГУ": ["MSU", "moscow state university"], "ЦИК": ["CEC", "election commission", "electoral commission"],
        "ОМОН": ["OMON", "riot police"], "МОК": ["IOC", "olympic committee"], "ФИФА": ["FIFA"], "УЕФА": ["UEFA"],
        "ЕАЭС": ["EAEU", "eurasian economic union"], "СНГ": ["CIS", "commonwealth of independent states"], "ШОС": ["SCO"],
        "БРИКС": ["BRICS"], "ООО": ["LLC", "ltd"], "ОАО": ["OJSC", "JSC"], "ПАО": ["PJSC", "JSC"], "АО": ["JSC"],
        "ЮАР": ["RSA", "south africa"], "ОАЭ": ["UAE", "emirates"], "ВСУ": ["AFU", "armed forces"], "ЕСПЧ": ["ECHR", "european court"],
        "ТАСС": ["TASS"], "РИА": ["RIA"], "ЕР": ["united russia"], "ЛДПР": ["LDPR"], "КПРФ": ["CPRF", "communist party"],
    ]
}
