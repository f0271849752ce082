/// A short report of a made-up expedition, in Russian and in an English translation, written for
/// these tests: long enough to fill several small pages, with one paragraph broken by a page break
/// in the middle of a word (`помо-` / `гать`), as transcriptions of typed originals are.
public enum ExpeditionReport {
    /// The running head printed on every page of the Russian PDF.
    public static let runningHead = "ОТЧЁТ ГИДРОЛОГИЧЕСКОЙ ЭКСПЕДИЦИИ"

    /// The Russian paragraphs; the paragraph at ``brokenParagraph`` ends in the first half of a
    /// hyphenated word that the next paragraph (on a new page) finishes.
    public static let russian: [String] = [
        "Экспедиция вышла из Архангельска двенадцатого июня на двух моторных лодках и одной барже. В её составе было девять человек: начальник отряда, два гидролога, геодезист, радист, повар и три моториста, нанятых на месте. Груз составляли приборы, палатки, запас бензина на шесть недель и продовольствие на два месяца.",
        "Первые четыре дня ушли на подъём по Северной Двине до устья Пинеги. Вода стояла высоко, течение было сильным, и лодки шли медленно, часто приставая к берегу, чтобы моторы остывали. На каждой стоянке гидрологи брали пробы воды и измеряли её температуру на трёх глубинах.",
        "На Пинеге работа пошла быстрее. Геодезист закладывал репера через каждые пять километров, а гидрологи промеряли глубины поперёк русла. За неделю было сделано сорок два промера и заложено одиннадцать реперов. Погода держалась ясная, только по ночам с реки поднимался густой туман.",
        "Двадцать третьего июня у деревни Кулогоры баржа села на мель. Снимать её пришлось почти сутки: груз перенесли на берег, а баржу стаскивали обеими лодками, пока не поднялась вода после дождя. Приборы не пострадали, но часть муки подмокла, и её пришлось раздать жителям деревни.",
        "В Кулогорах отряд простоял три дня. Местные рыбаки рассказали о старом русле, которое весной заливается водой, а к августу пересыхает. Начальник отряда решил обследовать его, и два гидролога с проводником прошли по нему пешком около двадцати километров, описывая берега и отмечая места бывших переправ.",
        "Старое русло оказалось интереснее, чем ожидали. В нескольких местах сохранились остатки деревянных запруд, которые рыбаки называли езами. По словам старожилов, их строили ещё в прошлом веке, когда рыба шла по этому руслу, и с тех пор никто их не чинил. Гидрологи измерили их и сфотографировали каждую из семи запруд.",
        "Тем временем радист наладил связь с базой в Архангельске и каждый вечер передавал сводку. Из базы сообщили, что в верховьях прошли сильные дожди и что следует ждать нового подъёма воды. Это заставило отряд торопиться: работы в низовьях нужно было закончить до прихода большой воды, иначе промеры пришлось бы начинать заново. Местные жители согласились помо-",
        "гать отряду и дали ещё одну лодку с мотористом. С ней работа пошла вдвое быстрее, и к третьему июля все промеры в низовьях были закончены. Вода действительно поднялась на полтора метра, но отряд уже перешёл на притоки, где её подъём был не так заметен.",
        "На притоках отряд провёл ещё две недели. Здесь реки были мелкими и быстрыми, лодки часто приходилось проводить через перекаты бечевой. Геодезист закончил нивелировку всего участка, а гидрологи составили продольный профиль каждой речки от устья до первых порогов.",
        "Обратный путь занял пять дней. В Архангельск отряд вернулся двадцать восьмого июля без потерь в людях и с полным набором материалов. Все пробы воды были переданы в лабораторию, журналы промеров сданы в архив управления, а фотографии запруд на старом русле отправлены в краеведческий музей.",
    ]

    /// The English paragraphs, one for each Russian one, the broken paragraph translated whole.
    public static let english: [String] = [
        "The expedition left Arkhangelsk on the twelfth of June in two motor boats and one barge. It had nine members: the head of the party, two hydrologists, a surveyor, a radio operator, a cook and three motor mechanics hired locally. The load was instruments, tents, petrol for six weeks and food for two months.",
        "The first four days went on the climb up the Northern Dvina to the mouth of the Pinega. The water stood high, the current was strong, and the boats moved slowly, often putting in to the bank so that the motors could cool. At every stop the hydrologists took samples of the water and measured its temperature at three depths.",
        "On the Pinega the work went faster. The surveyor laid bench marks every five kilometres, and the hydrologists sounded the depths across the channel. In a week forty-two soundings were made and eleven bench marks laid. The weather stayed clear; only at night a thick fog rose from the river.",
        "On the twenty-third of June, near the village of Kulogory, the barge ran aground. Getting it off took almost a day: the load was carried to the bank, and the barge was dragged by both boats until the water rose after a rain. The instruments were not damaged, but part of the flour got wet and had to be given to the villagers.",
        "The party stayed in Kulogory for three days. Local fishermen told of an old channel that floods in spring and dries up by August. The head of the party decided to survey it, and two hydrologists with a guide walked about twenty kilometres along it, describing the banks and marking the places of former crossings.",
        "The old channel turned out more interesting than expected. In several places there were remains of wooden weirs, which the fishermen called ezy. According to the old inhabitants they had been built in the last century, when fish ran along this channel, and nobody had repaired them since. The hydrologists measured them and photographed each of the seven weirs.",
        "Meanwhile the radio operator set up a link with the base in Arkhangelsk and sent a report every evening. The base reported that heavy rains had fallen upstream and that a new rise of the water was to be expected. This made the party hurry: the work downstream had to be finished before the high water came, or the soundings would have to be started again. The local people agreed to help the party and gave it one more boat with a mechanic. With it the work went twice as fast, and by the third of July all the soundings downstream were finished. The water did rise by a metre and a half, but the party had already moved on to the tributaries, where its rise was less marked.",
        "On the tributaries the party spent two more weeks. Here the rivers were shallow and fast, and the boats often had to be towed over the rapids by rope. The surveyor finished the levelling of the whole section, and the hydrologists drew a longitudinal profile of each stream from its mouth to the first rapids.",
        "The way back took five days. The party returned to Arkhangelsk on the twenty-eighth of July without losing anyone and with a full set of materials. All water samples were handed to the laboratory, the sounding logs were deposited in the archive of the administration, and the photographs of the weirs on the old channel were sent to the museum of local history.",
    ]

    /// The index of the Russian paragraph that ends in `помо-`.
    public static let brokenParagraph = 6

    /// The word the page break cuts, whole.
    public static let brokenWord = "помогать"

    /// The English text, one paragraph after another with blank lines between them.
    public static var englishText: String { english.joined(separator: "\n\n") + "\n" }
}
