#!/usr/bin/env python3
"""Divergence benchmark: plants known divergences in real translations and checks that the
divergence report finds them, at the right place, without raising alarms elsewhere.

Data: the WMT/NTREX documents of ../shared/eval-data/wmt-ru-en-docs/*/docs.jsonl with at least 4
non-empty paragraphs (185 documents; the first --max-paragraphs of each). A document whose Russian
side has no Cyrillic (one newstest2021 document is mojibake, cp1251 read as Latin-1) is planted, so
that the others' plants stay as they are, but neither aligned nor scored: nothing can be told on it. Each paragraph becomes
its segments joined by a space, paragraphs separated by a blank line. Russian is always the source
and English the target, whatever the translation direction (`sverka align RU EN`, ru -> en).

Splits: a document is in dev when sha1(docid) is even, in test when it is odd. Tune thresholds on
dev only; test is for reporting. Within a split the documents are taken in the order of
sha1(set/docid), which mixes the sets; --limit N keeps the first N.

Plants (seeded by --seed, the set and the docid; every document of the split is planted, in that order, so
--limit leaves a document's plants as they are; English side only; at most one plant per paragraph
and one of each kind per document, max(1, min(5, paragraphs // 3)) per document, no two plants on
neighbouring paragraphs; the kinds planted least so far in the split are tried first):
  untranslated      an English paragraph (40+ characters in Russian) is dropped
  dropped-sentence  a segment other than the first (20+ characters) of an English paragraph of 2+
                    segments is dropped
  russian-left      an English segment (20+ characters) is replaced by its Russian segment (a
                    paragraph of 2+ segments when the document has one)
  number-changed    a number (a digit run, not inside a word, also in the Russian paragraph) gets another value of as
                    many digits, found in neither paragraph
  name-replaced     a proper name (capitalised inside a sentence, never in lower case in the English
                    of the data, with a transliterated match in the Russian paragraph) is replaced,
                    in the whole paragraph, by such a name of another document of the same split
  added             an unrelated English paragraph (80-800 characters) of another document of the
                    same split is inserted after a paragraph
  moved             an English paragraph (40+ characters, not the first or last) moves to a place at
                    least 2 paragraphs away, between two clean paragraphs
Each planted document is aligned with `sverka align --format json` (through one `sverka batch` run
per split, so the dictionary is read once; --each runs `sverka align` per document), and so is a
clean copy of every document (the control; --no-control leaves it out).

Scores (divergences of severity --min-severity or above, warning by default):
  recall       per kind, the share of plants found with an acceptable kind at the right place:
               untranslated -> untranslated, omission-marker or partial whose source holds the
               Russian paragraph; dropped-sentence -> untranslated or partial on the Russian
               paragraph or the English one; russian-left -> source-language, number-changed ->
               number-mismatch, name-replaced -> name-mismatch, on either paragraph; added -> added
               whose target holds the English paragraph; moved -> moved on either paragraph (and,
               apart, how many moved plants were found as untranslated plus added, the old way)
  false alarms the share of clean paragraph pairs (the Russian paragraph and its English untouched,
               in place) that carry a divergence; also the same on the control documents
  precision    the share of the planted documents' divergences that point at a planted paragraph
               (Russian or English; for untranslated, added and moved the neighbouring paragraphs
               count too)
Sentence-level divergences are mapped to paragraphs through the documents in the JSON. Unknown
kinds and missing fields are tolerated (no severity counts as a warning, no confidence as 1).

Output, per split: recall per kind (with, for the missed plants, the kinds of the divergences seen
at their paragraphs), false alarms, precision, then for each kind of divergence how many there are,
how many point at a plant, and how many at a plant of a kind they find (a `moved` between an
untranslated and an unrelated added paragraph points at plants but finds neither); when
divergences carry a `confidence`, recall, false alarms and precision again for a few thresholds
applied here (as --min-confidence would in sverka). The time is that of the sverka runs.

Speed (--speed N, instead of the splits): what the diagnosis adds to `sverka align`. One document
of about N Russian segments (the paragraphs of all the WMT/NTREX documents, however short, dev and
test, in the order of sha1(set/docid), until N segments; the whole data has about 11,000; its clean
translation) is aligned with the default settings
and `--format json`, with the diagnosis and with it skipped (the hidden `--skip-diagnosis`),
alternately --repeat times (default 3); printed: the least CPU time (user + system) of each, and
their ratio, the diagnosis's share (aim: at most +20%).

Usage: Scripts/benchmark_divergences.py [--sverka PATH] [--split dev|test|both] [--limit N]
       [--seed S] [--min-confidence X] [--min-severity info|warning|error] [--max-paragraphs N]
       [--each] [--no-control] [--json] [--keep] [--dump FILE] [--speed N [--repeat R]]
       [-- extra sverka align options]
--min-confidence X passes --min-divergence-confidence X to sverka. --dump FILE writes, per split,
the missed plants (with the texts of their paragraphs and the divergences seen there) and the
divergences that point at no plant, and those on the control copies, with their reasons and
excerpts: what to read when looking for the causes (on dev). The planted texts, the plants
(plants-SPLIT.json) and sverka's outputs are written under a temporary folder (kept with --keep).
"""
import argparse
import collections
import contextlib
import hashlib
import json
import pathlib
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from benchmark_alignment import require, scratch_folder  # noqa: E402  (shared with the other benchmarks)

ROOT = pathlib.Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval-data"
DOCS = EVAL / "wmt-ru-en-docs"

KINDS = ("untranslated", "dropped-sentence", "russian-left", "number-changed", "name-replaced",
         "added", "moved")
# The divergence kinds that find each kind of plant.
ACCEPTED = {
    "untranslated": {"untranslated", "omission-marker", "partial"},
    "dropped-sentence": {"untranslated", "partial"},
    "russian-left": {"source-language"},
    "number-changed": {"number-mismatch"},
    "name-replaced": {"name-mismatch"},
    "added": {"added"},
    "moved": {"moved"},
}
# Plants whose neighbouring paragraphs a divergence may legitimately touch (for precision).
NEIGHBOURLY = {"untranslated", "added", "moved"}
SEVERITY = {"info": 0, "warning": 1, "error": 2}
CONFIDENCE_STEPS = (0.0, 0.3, 0.5, 0.7, 0.8, 0.9)

MIN_PARAGRAPH = 40       # characters of a paragraph dropped or moved
MIN_SEGMENT = 20         # characters of a segment dropped or left in Russian
ADDED_LENGTH = (80, 800)  # characters of an inserted paragraph
TRIES = 30               # donors tried for an added paragraph or a name

# Capitalised words that are not names (the other filters catch most common words).
STOP_NAMES = {
    "the", "this", "that", "these", "those", "there", "then", "and", "but", "for", "with", "from",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "mr", "mrs", "ms", "dr", "prof", "sir", "lord", "lady",
    "president", "prime", "minister", "ministry", "government", "state", "states", "parliament",
    "court", "church", "internet", "republic", "federation", "union", "company", "doctor",
    "professor", "general", "north", "south", "east", "west", "central", "national", "international",
    "english", "russian", "photo", "video", "news", "online",
}
TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o",
                     "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                     "yu", "ya"]))
FOLDS = (("shch", "sh"), ("dzh", "j"), ("kh", "h"), ("ph", "f"), ("ck", "k"), ("ch", "c"),
         ("ts", "c"), ("zh", "j"), ("j", "i"), ("y", "i"), ("w", "v"), ("k", "c"), ("q", "c"),
         ("x", "cs"), ("z", "s"), ("h", ""))
# A number of the text, not digits inside a word (a handle `@user34`, a code `WR417H`, a URL): the
# WMT documents anonymise handles on each side apart, so their digits differ in faithful pairs.
NUMBER = re.compile(r"(?<![\d.,])(?<![^\W\d_])[1-9]\d{0,3}(?![\d]|[.,]\d)(?![^\W\d_])")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'»”)\]]*\s+")
LATIN_WORD = re.compile(r"[A-Za-z]+")
NAME_SHAPE = re.compile(r"(?:[A-Z][a-z]+)+")
CAPITALISED = re.compile(r"[А-ЯЁ][а-яё]+|[A-Z][A-Za-z]+")


# ---------------------------------------------------------------------------------------------
# Documents


def split_of(docid):
    """dev when sha1(docid) is even, test when it is odd."""
    return "dev" if int(hashlib.sha1(docid.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"


def load_documents(max_paragraphs):
    """The documents with at least 4 paragraph pairs left once empty segments and paragraphs are
    dropped, each as {key, docid, split, ru, en}: ru and en are lists of paragraphs, each a list of
    segments, paragraph k of one side translating paragraph k of the other. Also returns the
    words found in lower case in the English of any document (common words, not names)."""
    documents, common = [], set()
    for set_dir in sorted(p for p in DOCS.iterdir() if p.is_dir()):
        with open(set_dir / "docs.jsonl", encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                common.update(w for para in doc["en"] for s in para for w in LATIN_WORD.findall(s) if w.islower())
                ru, en = [], []
                for ru_para, en_para in zip(doc["ru"], doc["en"]):
                    pairs = [(" ".join(r.split()), " ".join(e.split())) for r, e in zip(ru_para, en_para)]
                    pairs = [(r, e) for r, e in pairs if r and e]
                    if pairs:
                        ru.append([r for r, _ in pairs])
                        en.append([e for _, e in pairs])
                if len(ru) >= 4:
                    documents.append({"key": f"{set_dir.name}/{doc['docid']}", "docid": doc["docid"],
                                      "split": split_of(doc["docid"]),
                                      "ru": ru[:max_paragraphs], "en": en[:max_paragraphs],
                                      # A "Russian" side without Cyrillic is not Russian (one
                                      # newstest2021 document is mojibake: cp1251 read as Latin-1).
                                      "russian": any(CYRILLIC.search(r) for para in ru for r in para)})
    return documents, common


def text_of(segments):
    """A paragraph's text: its segments joined by a space."""
    return " ".join(segments)


# ---------------------------------------------------------------------------------------------
# Names and numbers


def skeleton(word):
    """A rough key under which a name and its transliteration meet: transliterated to Latin,
    spelling variants folded, vowels after the first letter dropped, the first 3 letters."""
    word = "".join(TRANSLIT.get(c, c) for c in word.lower())
    for old, new in FOLDS:
        word = word.replace(old, new)
    return (word[:1] + re.sub(r"[aeiou]", "", word[1:]))[:3]


def names_in(en_segments, ru_segments, common):
    """The proper names of an English paragraph that the Russian paragraph also has: words of 3+
    letters inside a sentence, capitalised (`Smith`, `McDonald`; not `NATO`, not after an
    apostrophe), never in lower case in the data (`common`), not in STOP_NAMES, whose skeleton is
    that of a capitalised word of the Russian paragraph."""
    russian = {skeleton(w) for w in CAPITALISED.findall(text_of(ru_segments))}
    names = []
    for segment in en_segments:
        for sentence in SENTENCE_END.split(segment):
            for match in list(LATIN_WORD.finditer(sentence))[1:]:
                word = match.group()
                if (len(word) >= 3 and NAME_SHAPE.fullmatch(word) and sentence[match.start() - 1] not in "'’"
                        and word.lower() not in STOP_NAMES and word.lower() not in common
                        and len(skeleton(word)) == 3 and skeleton(word) in russian and word not in names):
                    names.append(word)
    return names


def name_pattern(name):
    """Matches `name` as a whole word (a possessive 's may follow)."""
    return re.compile(r"(?<![A-Za-z])" + re.escape(name) + r"(?![A-Za-z])")


# ---------------------------------------------------------------------------------------------
# Planting


class Item:
    """A paragraph of the planted English text: its segments, the Russian paragraph it translates
    (None for an added one) and whether a plant touched it."""

    def __init__(self, segments, origin, touched=False):
        self.segments, self.origin, self.touched = list(segments), origin, touched


class Planter:
    """Plants divergences in one document's English side (see the module docstring for the rules).
    `donors` are the other documents of the same split, for added paragraphs and names."""

    def __init__(self, doc, donors, seed, common, name_cache):
        self.doc, self.donors, self.common, self.names = doc, donors, common, name_cache
        self.rng = random.Random(f"{seed}:{doc['key']}")
        self.ru, self.en = doc["ru"], doc["en"]
        self.items = [Item(segments, p) for p, segments in enumerate(self.en)]
        self.reserved = set()            # Russian paragraphs a plant involves
        self.plants = []                 # {kind, ru, item, detail}, positions resolved at the end
        self.removed, self.inserted, self.moved = [], [], []

    def free(self, *paragraphs):
        """Whether these Russian paragraphs are at least 2 away from every reserved one."""
        return all(abs(p - r) >= 2 for p in paragraphs for r in self.reserved)

    def candidates(self, test):
        """The free Russian paragraphs for which `test(p)` holds."""
        return [p for p in range(len(self.ru)) if self.free(p) and test(p)]

    def record(self, kind, p, item, detail, involved=None):
        """Notes a plant on Russian paragraph `p` (None: added) and English item `item`."""
        self.reserved.update(involved if involved is not None else [p])
        if item is not None:
            item.touched = True
        self.plants.append({"kind": kind, "ru": p, "item": item, "detail": detail})

    def untranslated(self):
        """Drops an English paragraph."""
        options = self.candidates(lambda p: len(text_of(self.ru[p])) >= MIN_PARAGRAPH)
        if not options:
            return False
        p = self.rng.choice(options)
        self.removed.append(self.items[p])
        self.record("untranslated", p, None, text_of(self.en[p])[:60])
        return True

    def dropped_sentence(self):
        """Drops a segment other than the first of an English paragraph of 2+ segments."""
        def droppable(p):
            return [k for k, s in enumerate(self.en[p]) if k > 0 and len(s) >= MIN_SEGMENT]
        options = self.candidates(droppable)
        if not options:
            return False
        p = self.rng.choice(options)
        k = self.rng.choice(droppable(p))
        item = self.items[p]
        dropped = item.segments.pop(k)
        self.record("dropped-sentence", p, item, f"segment {k}: {dropped[:60]}")
        return True

    def russian_left(self):
        """Replaces an English segment by its Russian one."""
        def usable(p):
            return [k for k, s in enumerate(self.ru[p]) if len(s) >= MIN_SEGMENT and CYRILLIC.search(s)]
        options = self.candidates(lambda p: len(self.en[p]) >= 2 and usable(p))
        options = options or self.candidates(usable)
        if not options:
            return False
        p = self.rng.choice(options)
        k = self.rng.choice(usable(p))
        item = self.items[p]
        item.segments[k] = self.ru[p][k]
        self.record("russian-left", p, item, f"segment {k} of {len(self.ru[p])}")
        return True

    def number_changed(self):
        """Gives a number found in both paragraphs another value of as many digits in English."""
        def numbers(p):
            russian = set(NUMBER.findall(text_of(self.ru[p])))
            return [(k, m) for k, s in enumerate(self.en[p]) for m in NUMBER.finditer(s)
                    if m.group() in russian]
        options = self.candidates(numbers)
        if not options:
            return False
        p = self.rng.choice(options)
        k, match = self.rng.choice(numbers(p))
        old = match.group()
        taken = set(NUMBER.findall(text_of(self.ru[p]))) | set(NUMBER.findall(text_of(self.en[p])))
        values = [str(int(old) + d) for d in range(-9, 10) if d]
        values = [v for v in values if len(v) == len(old) and v[0] != "0" and v not in taken]
        if not values:
            return False
        new = self.rng.choice(values)
        item = self.items[p]
        segment = item.segments[k]
        item.segments[k] = segment[:match.start()] + new + segment[match.end():]
        self.record("number-changed", p, item, f"{old} -> {new}")
        return True

    def donor_names(self, donor):
        """The names of a donor document (as `names_in` finds them), cached."""
        if donor["key"] not in self.names:
            self.names[donor["key"]] = sorted({n for e, r in zip(donor["en"], donor["ru"])
                                               for n in names_in(e, r, self.common)})
        return self.names[donor["key"]]

    def name_replaced(self):
        """Replaces a name of an English paragraph by a name of another document."""
        options = self.candidates(lambda p: names_in(self.en[p], self.ru[p], self.common))
        if not options or not self.donors:
            return False
        p = self.rng.choice(options)
        old = self.rng.choice(names_in(self.en[p], self.ru[p], self.common))
        russian = {skeleton(w) for w in CAPITALISED.findall(text_of(self.ru[p]))}
        english = {w for para in self.en for w in LATIN_WORD.findall(text_of(para))}
        for _ in range(TRIES):
            names = [n for n in self.donor_names(self.rng.choice(self.donors))
                     if skeleton(n) != skeleton(old) and skeleton(n) not in russian and n not in english]
            if names:
                new = self.rng.choice(names)
                item = self.items[p]
                item.segments = [name_pattern(old).sub(new, s) for s in item.segments]
                self.record("name-replaced", p, item, f"{old} -> {new}")
                return True
        return False

    def added(self):
        """Inserts a paragraph of another document after an English paragraph."""
        options = [p for p in range(len(self.ru)) if self.free(p, p + 1)]
        if not options or not self.donors:
            return False
        for _ in range(TRIES):
            donor = self.rng.choice(self.donors)
            paragraphs = [para for para in donor["en"]
                          if ADDED_LENGTH[0] <= len(text_of(para)) <= ADDED_LENGTH[1]]
            if paragraphs:
                p = self.rng.choice(options)
                item = Item(self.rng.choice(paragraphs), None, touched=True)
                self.inserted.append((p, item))
                self.record("added", p, item, f"from {donor['key']}: {text_of(item.segments)[:60]}",
                            involved=[p, p + 1])
                return True
        return False

    def moved_paragraph(self):
        """Chooses an English paragraph to move (the move itself is made last, by `finish`)."""
        last = len(self.ru) - 1
        options = self.candidates(lambda p: 0 < p < last and len(text_of(self.en[p])) >= MIN_PARAGRAPH)
        if not options:
            return False
        p = self.rng.choice(options)
        self.moved.append(self.items[p])
        self.record("moved", p, self.items[p], "")
        return True

    def plant(self, counts):
        """Plants up to max(1, min(5, paragraphs // 3)) divergences, trying the kinds least planted
        so far (`counts`, updated) first, ties in a random order."""
        wanted = max(1, min(5, len(self.ru) // 3))
        planters = {"untranslated": self.untranslated, "dropped-sentence": self.dropped_sentence,
                    "russian-left": self.russian_left, "number-changed": self.number_changed,
                    "name-replaced": self.name_replaced, "added": self.added, "moved": self.moved_paragraph}
        order = sorted((counts[kind], self.rng.random(), kind) for kind in KINDS)
        for _, _, kind in order:
            if len(self.plants) < wanted:
                planters[kind]()
        items, plants = self.finish()
        counts.update(plant["kind"] for plant in plants)
        return items, plants

    def finish(self):
        """Drops, inserts and moves English paragraphs, then gives every plant its places: `ru` and
        `en` (the paragraphs it is at) and `ru_near` and `en_near` (with neighbours, for precision).
        Returns the English paragraphs and the plants."""
        items = [item for item in self.items if item not in self.removed]
        for p, new in self.inserted:                       # paragraph p is never dropped (reserved)
            items.insert(next(k for k, item in enumerate(items) if item.origin == p) + 1, new)
        for item in self.moved:
            items = self.move(items, item)
        position = {id(item): k for k, item in enumerate(items)}
        en_of = {item.origin: k for k, item in enumerate(items) if item.origin is not None}
        plants = []
        for plant in self.plants:
            p, item = plant["ru"], plant["item"]          # added: p is the paragraph before it
            q = position[id(item)] if item is not None else None
            ru = {p} if plant["kind"] != "added" else set()
            en = {q} if q is not None else set()
            ru_near, en_near = set(ru), set(en)
            if plant["kind"] in NEIGHBOURLY:
                for r in (p - 1, p, p + 1) if plant["kind"] != "added" else (p, p + 1):
                    ru_near.add(r)
                    if r in en_of:
                        en_near.add(en_of[r])
                if q is not None:
                    for k in (q - 1, q + 1):
                        if 0 <= k < len(items):
                            en_near.add(k)
                            if items[k].origin is not None:
                                ru_near.add(items[k].origin)
            plants.append({"kind": plant["kind"], "ru": sorted(ru), "en": sorted(en),
                           "ru_near": sorted(x for x in ru_near if 0 <= x < len(self.ru)),
                           "en_near": sorted(en_near), "detail": plant["detail"]})
        return items, plants

    def move(self, items, item):
        """Moves `item` at least 2 places away, between two clean paragraphs (or to an end next to
        one); gives up (leaving it in place and untouched) when there is no such place."""
        old = items.index(item)
        rest = items[:old] + items[old + 1:]

        def clean(k):
            return 0 <= k < len(rest) and not rest[k].touched and rest[k].origin not in self.reserved
        places = [g for g in range(len(rest) + 1) if abs(g - old) >= 2
                  and (g == 0 or clean(g - 1)) and (g == len(rest) or clean(g))]
        if not places:
            item.touched = False
            self.plants = [pl for pl in self.plants if pl["item"] is not item]
            return items
        g = self.rng.choice(places)
        next(pl for pl in self.plants if pl["item"] is item)["detail"] = f"English paragraph {old} -> {g}"
        return rest[:g] + [item] + rest[g:]


# ---------------------------------------------------------------------------------------------
# Running sverka


def write_text(path, paragraphs):
    """Writes paragraphs (lists of segments) as plain text, a blank line between paragraphs."""
    path.write_text("\n\n".join(text_of(p) for p in paragraphs) + "\n", encoding="utf-8")


def sverka_options(args):
    """The options given to every alignment, besides the files."""
    options = ["--format", "json"]
    if args.min_confidence is not None:
        options += ["--min-divergence-confidence", str(args.min_confidence)]
    return options + args.extra


def run_sverka(args, work, name, cases):
    """Aligns every (ru path, en path, output prefix) case; returns {prefix: parsed JSON or None}
    and the wall time. One `sverka batch` run, or one `sverka align` per case with --each."""
    start = time.time()
    failures = {}
    if args.each:
        for ru, en, prefix in cases:
            result = subprocess.run([args.sverka, "align", *sverka_options(args), str(ru), str(en)],
                                    capture_output=True, text=True)
            if result.returncode == 1:
                sys.exit(f"sverka align refused the options ({' '.join(sverka_options(args))}):\n{result.stderr}")
            if result.returncode != 0:
                failures[prefix] = result.stderr.strip()
            else:
                pathlib.Path(f"{prefix}.json").write_text(result.stdout, encoding="utf-8")
    else:
        manifest = work / f"manifest-{name}.tsv"
        manifest.write_text("".join(f"{ru}\t{en}\t{prefix}\tru\ten\n" for ru, en, prefix in cases),
                            encoding="utf-8")
        result = subprocess.run([args.sverka, "batch", *sverka_options(args), "--quiet",
                                 str(manifest)], capture_output=True, text=True)
        if result.returncode == 1:
            sys.exit(f"sverka batch refused the options ({' '.join(sverka_options(args))}); "
                     f"try --each if only `align` has them:\n{result.stderr}")
        if result.returncode not in (0, 2):
            sys.exit(f"sverka batch failed ({result.returncode}):\n{result.stderr}")
        for line in result.stderr.splitlines():
            if line.startswith(str(manifest) + ":"):
                print(f"# {line}", file=sys.stderr)
    seconds = time.time() - start
    outputs = {}
    for _, _, prefix in cases:
        path = pathlib.Path(f"{prefix}.json")
        outputs[prefix] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
        if outputs[prefix] is None:
            print(f"# no output for {prefix} {failures.get(prefix, '')}", file=sys.stderr)
    return outputs, seconds


# ---------------------------------------------------------------------------------------------
# Scoring


def divergences_of(result):
    """The divergences of a sverka JSON result (none when the field is missing)."""
    return (result.get("diagnosis") or {}).get("divergences") or []


def paragraphs_of(result, side):
    """The paragraphs of one side ("source" or "target") of a sverka JSON result."""
    return (result.get(side) or {}).get("paragraphs") or []


def divergence_places(result, divergence):
    """The (Russian, English) paragraph indices a divergence points at: its `source` and `target`
    (the bead's sides when both are empty), mapped from sentences to paragraphs when its level is
    `sentence`."""
    level = divergence.get("level") or "paragraph"
    source, target = divergence.get("source") or [], divergence.get("target") or []
    if not source and not target and isinstance(divergence.get("bead"), int):
        alignment = (result.get("alignments") or {}).get(level) or {}
        beads = alignment.get("beads") or []
        if 0 <= divergence["bead"] < len(beads):
            source, target = beads[divergence["bead"]].get("source", []), beads[divergence["bead"]].get("target", [])
    if level == "sentence":
        return ({paragraph_of(result, "source", s) for s in source} - {None},
                {paragraph_of(result, "target", t) for t in target} - {None})
    return set(source), set(target)


def paragraph_of(result, side, sentence):
    """The paragraph holding sentence `sentence` of `side` ("source" or "target"); the map is kept
    in `result` under "_sentenceParagraphs"."""
    cache = result.setdefault("_sentenceParagraphs", {})
    if side not in cache:
        cache[side] = {s["index"]: p["index"] for p in paragraphs_of(result, side) for s in p.get("sentences", [])}
    return cache[side].get(sentence)


def kept(divergence, min_severity, min_confidence):
    """Whether a divergence counts: severity at least `min_severity` (unknown: warning) and
    confidence at least `min_confidence` (none given: 1)."""
    severity = SEVERITY.get(divergence.get("severity"), SEVERITY["warning"])
    confidence = divergence.get("confidence")
    return severity >= min_severity and (not isinstance(confidence, (int, float)) or confidence >= min_confidence)


def score(cases, min_severity, min_confidence=0.0):
    """Recall per kind, false alarms and precision over `cases`: (planted result, plants, English
    items, clean result, Russian paragraph count) of each document; results may be None. Counts
    only the divergences of `min_severity` or above and `min_confidence` or above."""
    tally = collections.Counter()
    missed = {kind: collections.Counter() for kind in KINDS}
    by_kind = collections.defaultdict(collections.Counter)
    for result, plants, items, control, ru_count in cases:
        if result is not None:
            divergences = [(d, *divergence_places(result, d)) for d in divergences_of(result)
                           if kept(d, min_severity, min_confidence)]
            score_plants(plants, divergences, tally, missed)
            score_divergences(plants, divergences, tally, by_kind)
            score_clean_pairs(plants, items, divergences, tally)
        if control is not None:
            alarmed = set()
            for d in divergences_of(control):
                if kept(d, min_severity, min_confidence):
                    ru, en = divergence_places(control, d)
                    alarmed |= ru | en      # the clean copy: paragraph k on both sides
            tally["control pairs"] += ru_count
            tally["control alarms"] += len(alarmed & set(range(ru_count)))
    found = sum(tally[f"found {kind}"] for kind in KINDS)
    planted = sum(tally[f"planted {kind}"] for kind in KINDS)
    return {
        "recall": {kind: {"found": tally[f"found {kind}"], "planted": tally[f"planted {kind}"],
                          "recall": ratio(tally[f"found {kind}"], tally[f"planted {kind}"]),
                          "missedSeenAs": dict(missed[kind].most_common())} for kind in KINDS},
        "all": {"found": found, "planted": planted, "recall": ratio(found, planted)},
        "movedAsUntranslatedAndAdded": {"found": tally["moved old"], "planted": tally["planted moved"]},
        "falseAlarms": share(tally, "clean alarms", "clean pairs"),
        "falseAlarmsAwayFromPlants": share(tally, "far alarms", "far pairs"),
        "falseAlarmsControl": share(tally, "control alarms", "control pairs"),
        "precision": {"atPlants": tally["at plants"], "divergences": tally["divergences"],
                      "precision": ratio(tally["at plants"], tally["divergences"])},
        "divergenceKinds": {kind: {"divergences": c["all"], "atPlants": c["at plants"], "explaining": c["explaining"]}
                            for kind, c in sorted(by_kind.items())},
    }


def score_plants(plants, divergences, tally, missed):
    """Counts the plants and those found; notes what the missed ones were seen as (the kinds of
    the divergences at their paragraphs, or nothing)."""
    for plant in plants:
        kind = plant["kind"]
        tally[f"planted {kind}"] += 1
        if any(plant_found(plant, d, ru, en) for d, ru, en in divergences):
            tally[f"found {kind}"] += 1
        else:
            seen = {d.get("kind", "?") for d, ru, en in divergences
                    if set(plant["ru"]) & ru or set(plant["en"]) & en}
            missed[kind].update(seen or {"nothing"})
        if kind == "moved":
            tally["moved old"] += (
                any(d.get("kind") == "untranslated" and set(plant["ru"]) & ru for d, ru, _ in divergences)
                and any(d.get("kind") == "added" and set(plant["en"]) & en for d, _, en in divergences))


def score_divergences(plants, divergences, tally, by_kind):
    """Counts the divergences, those pointing at a planted place (neighbours included for
    untranslated, added and moved), and those at the place of a plant of a kind they find."""
    for d, ru, en in divergences:
        near = [plant for plant in plants if ru & set(plant["ru_near"]) or en & set(plant["en_near"])]
        counts = by_kind[d.get("kind", "?")]
        tally["divergences"] += 1
        counts["all"] += 1
        tally["at plants"] += bool(near)
        counts["at plants"] += bool(near)
        counts["explaining"] += any(d.get("kind") in ACCEPTED[plant["kind"]] for plant in near)


def score_clean_pairs(plants, items, divergences, tally):
    """Counts the clean paragraph pairs (an untouched English paragraph, in place, with its Russian
    one) and those carrying a divergence; the same for those not next to a plant."""
    alarmed_ru = {r for _, ru, _ in divergences for r in ru}
    alarmed_en = {e for _, _, en in divergences for e in en}
    ru_near = {r for plant in plants for r in plant["ru_near"]}
    en_near = {e for plant in plants for e in plant["en_near"]}
    for q, item in enumerate(items):
        if item.origin is not None and not item.touched:
            alarm = item.origin in alarmed_ru or q in alarmed_en
            tally["clean pairs"] += 1
            tally["clean alarms"] += alarm
            if item.origin not in ru_near and q not in en_near:
                tally["far pairs"] += 1
                tally["far alarms"] += alarm


def share(tally, part, whole):
    """{alarmed, pairs, share} from two counts of `tally`."""
    return {"alarmed": tally[part], "pairs": tally[whole], "share": ratio(tally[part], tally[whole])}


def plant_found(plant, divergence, ru, en):
    """Whether a divergence (pointing at Russian paragraphs `ru`, English `en`) finds a plant."""
    if divergence.get("kind") not in ACCEPTED[plant["kind"]]:
        return False
    if plant["kind"] == "untranslated":
        return bool(set(plant["ru"]) & ru)
    if plant["kind"] == "added":
        return bool(set(plant["en"]) & en)
    return bool(set(plant["ru"]) & ru or set(plant["en"]) & en)


def ratio(a, b):
    """a / b, or None when b is 0."""
    return round(a / b, 4) if b else None


# ---------------------------------------------------------------------------------------------
# The benchmark


def run_split(args, work, split, documents, common):
    """Plants, aligns and scores the documents of one split; returns its figures."""
    in_split = sorted((d for d in documents if d["split"] == split),
                      key=lambda d: hashlib.sha1(d["key"].encode("utf-8")).hexdigest())   # the sets mixed
    name_cache, counts, planted = {}, collections.Counter(), []
    for doc in in_split:            # all of them, so that --limit leaves the plants as they are
        donors = [d for d in in_split if d["key"] != doc["key"]]
        planted.append((doc, *Planter(doc, donors, args.seed, common, name_cache).plant(counts)))
    cases, records = [], []
    for n, (doc, items, plants) in enumerate(planted[:args.limit] if args.limit else planted):
        if not doc["russian"]:
            continue
        stem = work / f"{split}-{n:03d}"
        write_text(stem.with_suffix(".ru.txt"), doc["ru"])
        write_text(stem.with_suffix(".en.txt"), [item.segments for item in items])
        cases.append((stem.with_suffix(".ru.txt"), stem.with_suffix(".en.txt"), stem))
        if args.control:
            write_text(stem.with_suffix(".clean-en.txt"), doc["en"])
            cases.append((stem.with_suffix(".ru.txt"), stem.with_suffix(".clean-en.txt"),
                          pathlib.Path(f"{stem}-clean")))
        records.append((doc, stem, items, plants))
    (work / f"plants-{split}.json").write_text(json.dumps(
        [{"document": doc["key"], "files": str(stem), "plants": plants} for doc, stem, _, plants in records],
        ensure_ascii=False, indent=1), encoding="utf-8")
    outputs, seconds = run_sverka(args, work, split, cases)
    scored, skipped, dumped = [], 0, []
    for doc, stem, items, plants in records:
        result = outputs.get(stem)
        control = outputs.get(pathlib.Path(f"{stem}-clean"))
        if result is None or not consistent(result, len(doc["ru"]), len(items)) or \
                (control is not None and not consistent(control, len(doc["ru"]), len(doc["en"]))):
            print(f"# {doc['key']}: no output, or sverka's paragraphs differ from the ones written; left out",
                  file=sys.stderr)
            skipped += 1
            continue
        scored.append((result, plants, items, control, len(doc["ru"])))
        dumped.append((doc, stem))
    figures = score(scored, SEVERITY[args.min_severity])
    if args.dump:
        dump(args.dump, split, [(*named, *case) for named, case in zip(dumped, scored)], SEVERITY[args.min_severity])
    figures["documents"] = len(scored)
    figures["skipped"] = skipped
    figures["paragraphs"] = sum(case[4] for case in scored)
    figures["seconds"] = round(seconds, 1)
    figures["alignments"] = len(cases)
    confidences = any(isinstance(d.get("confidence"), (int, float))
                      for case in scored for r in (case[0], case[3]) if r is not None
                      for d in divergences_of(r))
    if confidences:
        figures["byConfidence"] = {str(t): score(scored, SEVERITY[args.min_severity], t) for t in CONFIDENCE_STEPS}
    return figures


def dump(path, split, cases, min_severity):
    """Appends to `path` the missed plants and the divergences pointing at no plant (planted
    documents) or at all (control copies) of `cases`: (document, file stem, planted result, plants,
    English items, control result, Russian paragraph count)."""
    def cut(text, n=160):
        return text if len(text) <= n else text[:n - 1] + "…"

    def line(d):
        return (f"{d.get('kind')} [{d.get('severity')}, {d.get('level')}, conf {d.get('confidence')}] "
                f"{d.get('reason')}\n        src: {cut(d.get('sourceExcerpt') or '')}\n        tgt: {cut(d.get('targetExcerpt') or '')}")
    out = [f"######## {split}"]
    for doc, stem, result, plants, items, control, _ in cases:
        divergences = [(d, *divergence_places(result, d)) for d in divergences_of(result) if kept(d, min_severity, 0)]
        head = f"=== {doc['key']} ({stem.name})"
        printed = False
        for plant in plants:
            if any(plant_found(plant, d, ru, en) for d, ru, en in divergences):
                continue
            if not printed:
                out.append(head)
                printed = True
            out.append(f"  MISSED {plant['kind']} ru {plant['ru']} en {plant['en']}: {plant['detail']}")
            for r in plant["ru"]:
                out.append(f"    ru[{r}]: {cut(text_of(doc['ru'][r]), 300)}")
            for e in plant["en"]:
                out.append(f"    en[{e}]: {cut(text_of(items[e].segments), 300)}")
            for d, ru, en in divergences:
                if set(plant["ru_near"]) & ru or set(plant["en_near"]) & en:
                    out.append(f"    seen ru {sorted(ru)} en {sorted(en)}: {line(d)}")
        for d, ru, en in divergences:
            if any(ru & set(p["ru_near"]) or en & set(p["en_near"]) for p in plants):
                continue
            if not printed:
                out.append(head)
                printed = True
            out.append(f"  FALSE ru {sorted(ru)} en {sorted(en)}: {line(d)}")
        if control is not None:
            for d in divergences_of(control):
                if kept(d, min_severity, 0):
                    ru, en = divergence_places(control, d)
                    if not printed:
                        out.append(head)
                        printed = True
                    out.append(f"  CONTROL ru {sorted(ru)} en {sorted(en)}: {line(d)}")
    with open(path, "a", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def consistent(result, ru_count, en_count):
    """Whether sverka's JSON has as many paragraphs on each side as were written."""
    return len(paragraphs_of(result, "source")) == ru_count and len(paragraphs_of(result, "target")) == en_count


def show(value):
    """A ratio for the table."""
    return "   -  " if value is None else f"{value:6.3f}"


def print_table(split, figures, min_severity):
    """Prints one split's figures."""
    print(f"== {split}: {figures['documents']} documents, {figures['paragraphs']} paragraph pairs, "
          f"{figures['all']['planted']} plants; {figures['alignments']} alignments in {figures['seconds']} s"
          + (f"; {figures['skipped']} left out" if figures["skipped"] else ""))
    print(f"   recall ({min_severity} or above, acceptable kind at the right place)")
    for kind in KINDS:
        r = figures["recall"][kind]
        seen = ", ".join(f"{k} {v}" for k, v in r["missedSeenAs"].items())
        print(f"     {kind:18} {r['found']:4}/{r['planted']:<4} {show(r['recall'])}"
              + (f"   missed, seen as: {seen}" if seen else ""))
    a = figures["all"]
    print(f"     {'all':18} {a['found']:4}/{a['planted']:<4} {show(a['recall'])}")
    m = figures["movedAsUntranslatedAndAdded"]
    print(f"     moved found as untranslated + added: {m['found']}/{m['planted']}")
    for key, label in (("falseAlarms", "false alarms, clean pairs"),
                       ("falseAlarmsAwayFromPlants", "  of them not next to a plant"),
                       ("falseAlarmsControl", "false alarms, control copies")):
        f = figures[key]
        if f["pairs"] or key != "falseAlarmsControl":
            print(f"   {label:31} {f['alarmed']:4}/{f['pairs']:<5} {show(f['share'])}")
    p = figures["precision"]
    print(f"   {'precision':31} {p['atPlants']:4}/{p['divergences']:<5} {show(p['precision'])}")
    print("   divergences by kind: all, at a plant, at a plant of a kind it finds")
    for kind, v in figures["divergenceKinds"].items():
        print(f"     {kind:22} {v['divergences']:5} {v['atPlants']:5} {v['explaining']:5}")
    if "byConfidence" in figures:
        print("   by confidence:  min   recall  false alarms  control  precision")
        for t, f in figures["byConfidence"].items():
            print(f"                 {float(t):4.2f}  {show(f['all']['recall'])}  {show(f['falseAlarms']['share'])}"
                  f"        {show(f['falseAlarmsControl']['share'])}   {show(f['precision']['precision'])}")


def measure_speed(args, work):
    """The CPU time of aligning one document of about --speed Russian segments with and without
    the diagnosis (see the module docstring); returns the figures."""
    documents = []
    for set_dir in sorted(p for p in DOCS.iterdir() if p.is_dir()):
        with open(set_dir / "docs.jsonl", encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                documents.append((hashlib.sha1(f"{set_dir.name}/{doc['docid']}".encode("utf-8")).hexdigest(), doc))
    documents.sort(key=lambda d: d[0])
    ru, en, segments = [], [], 0
    for _, doc in documents:
        for ru_para, en_para in zip(doc["ru"], doc["en"]):
            pairs = [(" ".join(r.split()), " ".join(e.split())) for r, e in zip(ru_para, en_para)]
            pairs = [(r, e) for r, e in pairs if r and e]
            if pairs and segments < args.speed:
                ru.append([r for r, _ in pairs])
                en.append([e for _, e in pairs])
                segments += len(pairs)
    write_text(work / "speed.ru.txt", ru)
    write_text(work / "speed.en.txt", en)
    runs = {"with": [], "without": []}
    for _ in range(args.repeat):
        for label in ("without", "with"):
            command = [args.sverka, "align", "--format", "json", "-o", str(work / f"speed-{label}.json"),
                       *args.extra, str(work / "speed.ru.txt"), str(work / "speed.en.txt")]
            if label == "without":
                command.insert(2, "--skip-diagnosis")
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run(command, check=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            runs[label].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    best = {label: min(times) for label, times in runs.items()}
    return {"segments": sum(len(p) for p in ru), "paragraphs": len(ru), "cpuWith": round(best["with"], 3),
            "cpuWithout": round(best["without"], 3), "ratio": round(best["with"] / best["without"], 3),
            "runs": {label: [round(t, 3) for t in times] for label, times in runs.items()}}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sverka", default=str(ROOT / ".build" / "release" / "sverka"))
    parser.add_argument("--split", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--limit", type=int, default=0, help="at most N documents per split")
    parser.add_argument("--seed", type=int, default=20261202)
    parser.add_argument("--max-paragraphs", type=int, default=40, help="paragraphs kept per document")
    parser.add_argument("--min-confidence", type=float, default=None,
                        help="passed to sverka as --min-divergence-confidence")
    parser.add_argument("--min-severity", choices=tuple(SEVERITY), default="warning",
                        help="the least severity of a divergence that counts (default warning)")
    parser.add_argument("--each", action="store_true", help="run `sverka align` per document, not `sverka batch`")
    parser.add_argument("--no-control", dest="control", action="store_false",
                        help="do not align the clean copies")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--dump", metavar="FILE", help="write the missed plants and the false alarms, with their texts, to FILE")
    parser.add_argument("--speed", type=int, default=0, metavar="N",
                        help="measure what the diagnosis adds on a document of about N segments instead")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each kind for --speed (the least CPU counts)")
    parser.add_argument("extra", nargs="*", help="extra options for sverka align (after --)")
    args = parser.parse_args()
    require(args.sverka)
    if not DOCS.exists():
        sys.exit(f"no evaluation data at {DOCS}")
    if args.speed:
        with scratch_folder("sverka-divergences-speed-", args.keep) as work:
            speed = measure_speed(args, work)
        if args.json:
            print(json.dumps({"speed": speed}, indent=2))
        else:
            print(f"== speed: {speed['segments']} segments in {speed['paragraphs']} paragraphs; least CPU of "
                  f"{args.repeat} runs each: without the diagnosis {speed['cpuWithout']:.2f} s, with it "
                  f"{speed['cpuWith']:.2f} s; ratio {speed['ratio']:.3f} (+{100 * (speed['ratio'] - 1):.0f}%)")
        return
    documents, common = load_documents(args.max_paragraphs)
    if args.dump:
        pathlib.Path(args.dump).write_text("", encoding="utf-8")
    splits = ("dev", "test") if args.split == "both" else (args.split,)
    figures = {"settings": {"seed": args.seed, "limit": args.limit, "maxParagraphs": args.max_paragraphs,
                            "minSeverity": args.min_severity, "minConfidence": args.min_confidence,
                            "sverkaOptions": sverka_options(args)}}
    with scratch_folder("sverka-divergences-", args.keep) as work:
        for split in splits:
            figures[split] = run_split(args, work, split, documents, common)
            if not args.json:
                print_table(split, figures[split], args.min_severity)
                sys.stdout.flush()
    if args.json:
        print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
