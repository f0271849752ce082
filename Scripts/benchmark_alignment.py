#!/usr/bin/env python3
"""Alignment accuracy benchmark: runs `sverka align` over the gold sets in ../shared/eval-data and
scores the output with `sverka eval` (the metric of Vecalign's score.py).

Sets:
  textberg  Text+Berg de->fr test0..6 (manual gold, sentence level, pre-segmented)
  textberg-dev  the Text+Berg development document (for tuning; never tune on the test set)
  wmt       the WMT/NTREX ru<->en document sets, each document aligned on its own as pre-segmented
            text (paragraphs kept as blank lines); gold = identity, segment k <-> segment k

Usage: Scripts/benchmark_alignment.py [--sverka PATH] [--sets textberg,wmt] [--level sentence]
       [--limit N] [-- extra sverka align options]
Prints one line per set with strict/lax/null P, R, F1 and the run time, and writes predictions
under a temporary folder (kept with --keep).
"""
import argparse
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval-data"


def run(cmd):
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"command failed ({result.returncode}): {' '.join(map(str, cmd))}\n{result.stderr}")
    return result.stdout


def score(sverka, pairs):
    args = [str(p) for pair in pairs for p in pair]
    return json.loads(run([sverka, "eval", "--format", "json", *args]))


def textberg(sverka, work, docs, level, extra):
    folder = EVAL / "textberg-de-fr-vecalign"
    pairs = []
    for doc in docs:
        pred = work / f"{doc}.pred"
        out = run([sverka, "align", "--presegmented", "--level", level, "--source-lang", "de",
                   "--target-lang", "fr", "--format", "pairs", *extra,
                   folder / f"{doc}.de", folder / f"{doc}.fr"])
        pred.write_text(out)
        pairs.append((folder / f"{doc}.defr", pred))
    return pairs


def wmt(sverka, work, level, limit, extra):
    pairs = []
    for set_dir in sorted(p for p in (EVAL / "wmt-ru-en-docs").iterdir() if p.is_dir()):
        with open(set_dir / "docs.jsonl", encoding="utf-8") as f:
            docs = [json.loads(line) for line in f]
        for n, doc in enumerate(docs[:limit] if limit else docs):
            origin = doc.get("origlang", "ru")
            src_lang, tgt_lang = ("ru", "en") if origin == "ru" else ("en", "ru")
            stem = work / f"{set_dir.name}-{n}"
            for lang in ("ru", "en"):
                paragraphs = ["\n".join(s.replace("\n", " ") for s in para) for para in doc[lang]]
                (stem.with_suffix(f".{lang}")).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
            count = sum(len(p) for p in doc[src_lang])
            gold = stem.with_suffix(".gold")
            gold.write_text("".join(f"[{k}]:[{k}]\n" for k in range(count)))
            out = run([sverka, "align", "--presegmented", "--level", level, "--source-lang", src_lang,
                       "--target-lang", tgt_lang, "--format", "pairs", *extra,
                       stem.with_suffix(f".{src_lang}"), stem.with_suffix(f".{tgt_lang}")])
            pred = stem.with_suffix(".pred")
            pred.write_text(out)
            pairs.append((gold, pred))
    return pairs


def line(name, scores, seconds, files):
    s, l, z = scores["strict"], scores["lax"], scores["null"]
    return (f"{name:14} files {files:5}  strict P {s['precision']:.4f} R {s['recall']:.4f} F1 {s['f1']:.4f}  "
            f"lax F1 {l['f1']:.4f}  null P {z['precision']:.4f} R {z['recall']:.4f} F1 {z['f1']:.4f}  "
            f"{seconds:6.1f} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sverka", default=str(ROOT / ".build" / "release" / "sverka"))
    parser.add_argument("--sets", default="textberg,wmt")
    parser.add_argument("--level", default="sentence")
    parser.add_argument("--limit", type=int, default=0, help="at most N documents per WMT set")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("extra", nargs="*", help="extra options for sverka align (after --)")
    args = parser.parse_args()
    if not pathlib.Path(args.sverka).exists():
        sys.exit(f"no sverka binary at {args.sverka}; build it with: swift build -c release")
    if not EVAL.exists():
        sys.exit(f"no evaluation data at {EVAL}")
    work = pathlib.Path(tempfile.mkdtemp(prefix="sverka-bench-"))
    try:
        for name in args.sets.split(","):
            start = time.time()
            if name == "textberg":
                pairs = textberg(args.sverka, work, [f"test{i}" for i in range(7)], args.level, args.extra)
            elif name == "textberg-dev":
                pairs = textberg(args.sverka, work, ["dev"], args.level, args.extra)
            elif name == "wmt":
                pairs = wmt(args.sverka, work, args.level, args.limit, args.extra)
            else:
                sys.exit(f"unknown set {name}")
            print(line(name, score(args.sverka, pairs), time.time() - start, len(pairs)), flush=True)
    finally:
        if args.keep:
            print(f"predictions kept in {work}")
        else:
            shutil.rmtree(work)


if __name__ == "__main__":
    main()
