#!/usr/bin/env python3
"""Refrain benchmark: a long text whose numbered lines cycle a few sentences (a litany, a song, a
form filled in many times) must stay content. Nothing in it is page furniture and no two lines
were broken across a page, whatever repeats.

Builds a Russian original and its English translation of N numbered lines (one paragraph per line,
blank lines between), cycling the sentence pairs below (written for this benchmark), aligns them
with `sverka align --format json` and the defaults (plus any options after --), and prints the
paragraphs set aside as furniture, the beads joining paragraphs across a page, the strict F1 of
the paragraph beads against the identity, the wall time and the peak memory.

Usage: Scripts/benchmark_refrain.py [--lines 100000] [--sverka PATH] [--keep] [-- extra options]
"""
import argparse
import json
import pathlib
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent

# (Russian, English): a refrain, short lines that look like headers, a line ending mid-sentence
# followed by one starting in lower case, and ordinary sentences.
PAIRS = [
    ("Слава тебе, река, что поишь наши поля", "Glory to you, river, that waters our fields"),
    ("СЛАВА", "GLORY"),
    ("и снова весной приходит вода", "and again in spring the water comes"),
    ("Мы идём на берег и ждём лодку.", "We go down to the bank and wait for the boat."),
    ("Лодка не приходит", "The boat does not come"),
    ("и мы поём о реке, пока не стемнеет.", "and we sing of the river until dark."),
    ("ПРИПЕВ", "REFRAIN"),
    ("Долго ли ждать? Никто не знает, сколько ещё ждать у воды.",
     "How long to wait? Nobody knows how much longer to wait by the water."),
]


def build(lines, folder):
    ru, en = [], []
    for n in range(lines):
        r, e = PAIRS[n % len(PAIRS)]
        ru.append(f"{n + 1}. {r}")
        en.append(f"{n + 1}. {e}")
    (folder / "refrain.ru.txt").write_text("\n\n".join(ru) + "\n", encoding="utf-8")
    (folder / "refrain.en.txt").write_text("\n\n".join(en) + "\n", encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=100000)
    parser.add_argument("--sverka", default=str(ROOT / ".build" / "release" / "sverka"))
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("extra", nargs="*", help="extra options for sverka align (after --)")
    args = parser.parse_args()
    if not pathlib.Path(args.sverka).exists():
        sys.exit(f"no sverka binary at {args.sverka}; build it with: swift build -c release")
    folder = pathlib.Path(tempfile.mkdtemp(prefix="sverka-refrain-"))
    try:
        build(args.lines, folder)
        start = time.time()
        result = subprocess.run([args.sverka, "align", "--format", "json", *args.extra,
                                 folder / "refrain.ru.txt", folder / "refrain.en.txt"], capture_output=True, text=True)
        seconds = time.time() - start
        if result.returncode != 0:
            sys.exit(f"sverka failed ({result.returncode}): {result.stderr}")
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        beads = json.loads(result.stdout)["alignments"]["paragraph"]["beads"]
        furniture = sum(len(b["source"]) + len(b["target"]) for b in beads if b["kind"] == "furniture")
        joined = sum(1 for b in beads if any(y - x > 1 for side in (b["source"], b["target"]) for x, y in zip(side, side[1:])))
        correct = sum(1 for b in beads if b["kind"] == "alignment" and len(b["source"]) == 1 and b["source"] == b["target"])
        precision, recall = correct / max(len(beads), 1), correct / args.lines
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        print(f"refrain lines {args.lines}  furniture {furniture} ({furniture / (2 * args.lines):.1%} of paragraphs)  "
              f"beads joining across a gap {joined}  strict F1 {f1:.4f}  {seconds:.1f} s  peak {peak:.0f} MB")
    finally:
        if args.keep:
            print(f"# kept in {folder}")
        else:
            shutil.rmtree(folder)


if __name__ == "__main__":
    main()
