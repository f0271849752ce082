#!/usr/bin/env python3
"""Scaling benchmark: how `sverka align --level sentence` grows with the length of the input.

Builds long pre-segmented inputs (one sentence per line) from the line-aligned evaluation data in
../shared/eval-data, aligns each with sverka, and prints per size the wall time, the peak memory,
the strict F1 against the known gold, and the time-growth exponent between consecutive sizes
(log(t2/t1) / log(n2/n1): 1 is linear, 2 quadratic).

Inputs (--corpus):
  wmt       ru -> en: the WMT/NTREX segments of wmt-ru-en-docs/*/{*.ru,*.en} (about 11k line-aligned
            pairs); Russian is the source whichever way the set was translated.
  textberg  de -> fr: the 1-1 beads of the Text+Berg gold (about 1.2k pairs, many repeats at scale).
Pairs are taken in a fresh seeded shuffle for each pass over the corpus until N source sentences are
reached; then a share of the target sentences (--drop, default 2%) is dropped at random, so the gold
is the identity with the dropped ones as 1-0 beads and the path is not trivially diagonal. With
--gap G, a passage of G source sentences is left untranslated and G unrelated sentences are added to
the translation (0-1 beads), as in documents with long omissions and insertions.

Each run is `sverka align --presegmented --level sentence --format pairs` (plus any options after
--), with its wall time, its CPU time (user + system, from getrusage(RUSAGE_CHILDREN)) and its peak
resident memory (from /usr/bin/time -v when present, else getrusage, whose peak is the largest of
all runs so far: sizes run in increasing order), scored with `sverka eval --format json`. The growth
exponent uses CPU time, which other processes on a shared machine disturb less than wall time.

Each size is also aligned with --no-dictionary added (unless the options after -- hold it, or with
--skip-no-dictionary), and its CPU time, its strict F1 and the ratio of the default run's CPU time to
it are printed: what the dictionary costs (its loading, stemming and lexical scores) against what
it adds. Without a dictionary the aligner learns a lexicon from a first pass and aligns again.

If the environment variable HUNALIGN names a hunalign binary (or, without it, `hunalign` is on the
PATH), hunalign runs on the same inputs
(`hunalign -utf EMPTY.dic SRC TGT`, an empty dictionary, ladder output converted to beads: the
sentences between consecutive rungs form one bead) and its wall and CPU time, memory and F1 are
printed beside sverka's default run, with the ratios hunalign / sverka of each, for sizes up to
--hunalign-max (default 100000). Extra hunalign switches with --hunalign-args (e.g. "-realign").

Usage:
  Scripts/benchmark_scale.py [--sizes 10000,40000,100000,400000] [--corpus wmt|textberg]
      [--drop 0.02] [--gap 0] [--seed 1] [--timeout 1800] [--sverka PATH] [--hunalign-max N] [--keep]
      [--skip-no-dictionary] [-- extra sverka align options]
Without --sverka it uses .build/release/sverka, building it with `swift build -c release` if missing.
Example: Scripts/benchmark_scale.py --sizes 10000,40000 -- --no-dictionary
"""
import argparse
import json
import math
import os
import pathlib
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval-data"
GNU_TIME = "/usr/bin/time"


def wmt_pairs():
    """(ru, en) segment pairs of every WMT/NTREX set, in file order."""
    pairs = []
    for folder in sorted(p for p in (EVAL / "wmt-ru-en-docs").iterdir() if p.is_dir()):
        ru = folder / f"{folder.name}.ru"
        en = folder / f"{folder.name}.en"
        if not (ru.exists() and en.exists()):
            continue
        ru_lines = ru.read_text(encoding="utf-8").split("\n")
        en_lines = en.read_text(encoding="utf-8").split("\n")
        if ru_lines and ru_lines[-1] == "":
            ru_lines.pop()
        if en_lines and en_lines[-1] == "":
            en_lines.pop()
        if len(ru_lines) != len(en_lines):
            sys.exit(f"{folder}: {len(ru_lines)} Russian lines but {len(en_lines)} English ones")
        pairs += zip(ru_lines, en_lines)
    return "ru", "en", pairs


def textberg_pairs():
    """(de, fr) pairs from the 1-1 beads of the Text+Berg gold files."""
    folder = EVAL / "textberg-de-fr-vecalign"
    pairs = []
    for gold in sorted(folder.glob("*.defr")):
        de = (folder / f"{gold.stem}.de").read_text(encoding="utf-8").split("\n")
        fr = (folder / f"{gold.stem}.fr").read_text(encoding="utf-8").split("\n")
        for line in gold.read_text(encoding="utf-8").splitlines():
            left, right = line.split(":")[:2]
            source, target = json.loads(left), json.loads(right)
            if len(source) == 1 and len(target) == 1:
                pairs.append((de[source[0]], fr[target[0]]))
    return "de", "fr", pairs


def clean(pairs):
    """Pairs whose two sides are non-blank, white space collapsed (a line is one sentence)."""
    out = []
    for source, target in pairs:
        source, target = " ".join(source.split()), " ".join(target.split())
        if source and target:
            out.append((source, target))
    return out


def build(pairs, size, drop, seed, folder, gap=0):
    """Writes SIZE.src, SIZE.tgt (one sentence per line) and SIZE.gold (beads); returns their paths.

    Besides the scattered drops, with `gap` > 0 one passage of `gap` consecutive source sentences
    (at a third of the text) is left untranslated, and one passage of `gap` sentences (at two
    thirds) appears in the translation only: the long omissions and insertions of real documents.
    """
    rng = random.Random(seed)
    chosen = []
    while len(chosen) < size:
        order = list(range(len(pairs)))
        rng.shuffle(order)
        chosen += [pairs[k] for k in order[:size - len(chosen)]]
    untranslated = range(size // 3, size // 3 + gap)
    added_at = 2 * size // 3
    added = [pairs[k][1] for k in random.Random(seed + 1).sample(range(len(pairs)), min(gap, len(pairs)))]
    src, tgt, gold = (folder / f"{size}.src", folder / f"{size}.tgt", folder / f"{size}.gold")
    drops = random.Random(seed * 7919 + size)
    with open(src, "w", encoding="utf-8") as s, open(tgt, "w", encoding="utf-8") as t, \
            open(gold, "w", encoding="utf-8") as g:
        j = 0
        for i, (source, target) in enumerate(chosen):
            if i == added_at:
                for sentence in added:
                    t.write(sentence + "\n")
                    g.write(f"[]:[{j}]\n")
                    j += 1
            s.write(source + "\n")
            if i in untranslated or drops.random() < drop:
                g.write(f"[{i}]:[]\n")
            else:
                t.write(target + "\n")
                g.write(f"[{i}]:[{j}]\n")
                j += 1
    return src, tgt, gold


def measure(cmd, stdout_path, timeout):
    """Runs cmd with stdout to a file; returns (wall seconds, CPU seconds, peak MiB, returncode,
    stderr tail)."""
    use_gnu_time = os.access(GNU_TIME, os.X_OK)
    with tempfile.NamedTemporaryFile(prefix="time-", suffix=".txt", delete=False) as report:
        report_path = report.name
    full = [GNU_TIME, "-v", "-o", report_path, *cmd] if use_gnu_time else cmd
    start = time.monotonic()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        with open(stdout_path, "w", encoding="utf-8") as out:
            result = subprocess.run(full, stdout=out, stderr=subprocess.PIPE, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        os.unlink(report_path)
        return None, None, None, "timeout", ""
    seconds = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    peak = after.ru_maxrss / 1024
    if use_gnu_time:
        for line in pathlib.Path(report_path).read_text().splitlines():
            if "Maximum resident set size" in line:
                peak = int(line.split(":")[1]) / 1024
    os.unlink(report_path)
    return seconds, cpu, peak, result.returncode, result.stderr[-2000:]


def score(sverka, gold, pred):
    """Strict F1 of pred against gold, through `sverka eval`."""
    result = subprocess.run([sverka, "eval", "--format", "json", str(gold), str(pred)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        return None
    return json.loads(result.stdout)["strict"]["f1"]


def ladder_to_beads(ladder, beads):
    """hunalign's ladder (rungs `i<TAB>j<TAB>score`, first (0,0), last (n,m)) as beads: the
    sentences between two consecutive rungs form one bead."""
    rungs = []
    with open(ladder, encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if len(fields) >= 2:
                rungs.append((int(fields[0]), int(fields[1])))
    with open(beads, "w", encoding="utf-8") as out:
        for (i, j), (k, l) in zip(rungs, rungs[1:]):
            if k > i or l > j:
                out.write(f"{list(range(i, k))}:{list(range(j, l))}\n".replace(" ", ""))


def fmt(value, pattern):
    return pattern % value if value is not None else "-"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,40000,100000,400000", help="source sentences per run, comma-separated")
    parser.add_argument("--corpus", choices=["wmt", "textberg"], default="wmt")
    parser.add_argument("--drop", type=float, default=0.02, help="share of target sentences dropped (1-0 beads)")
    parser.add_argument("--gap", type=int, default=0,
                        help="also leave one passage of this many sentences untranslated and add one to the translation")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per run")
    parser.add_argument("--sverka", help="the sverka binary (default: .build/release/sverka, built if missing)")
    parser.add_argument("--hunalign-args", default="", help="extra switches for $HUNALIGN, e.g. -realign")
    parser.add_argument("--hunalign-max", type=int, default=100000,
                        help="largest size hunalign is run on (its memory grows quadratically)")
    parser.add_argument("--keep", action="store_true", help="keep the inputs and outputs (their folder is printed)")
    parser.add_argument("--skip-no-dictionary", action="store_true",
                        help="do not also run each size with --no-dictionary")
    parser.add_argument("extra", nargs="*", help="extra options for sverka align (after --)")
    args = parser.parse_args()

    sverka = args.sverka or str(ROOT / ".build" / "release" / "sverka")
    if not pathlib.Path(sverka).exists():
        if args.sverka:
            sys.exit(f"no sverka binary at {sverka}")
        print("building sverka: swift build -c release", file=sys.stderr, flush=True)
        subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True)
    if not EVAL.exists():
        sys.exit(f"no evaluation data at {EVAL}")
    hunalign = os.environ.get("HUNALIGN") or shutil.which("hunalign")
    if hunalign and not os.access(hunalign, os.X_OK):
        sys.exit(f"HUNALIGN={hunalign} is not an executable")

    source_lang, target_lang, pairs = wmt_pairs() if args.corpus == "wmt" else textberg_pairs()
    pairs = clean(pairs)
    sizes = sorted(int(s) for s in args.sizes.split(",") if s.strip())
    work = pathlib.Path(tempfile.mkdtemp(prefix="sverka-scale-"))
    empty_dictionary = work / "empty.dic"
    empty_dictionary.write_text("")
    print(f"# {args.corpus} {source_lang}->{target_lang}: {len(pairs)} distinct pairs, drop {args.drop:.0%}, "
          f"seed {args.seed}; sverka {sverka} {' '.join(args.extra)}", flush=True)
    compare = not args.skip_no_dictionary and "--no-dictionary" not in args.extra
    header = f"{'sentences':>9} {'seconds':>9} {'cpu s':>9} {'peak MB':>9} {'strict F1':>9} {'growth':>7}"
    if compare:
        header += f"  | no-dict {'cpu s':>7} {'F1':>7} {'cpu ratio':>9}"
    if not hunalign:
        print("# hunalign not found (set HUNALIGN or put it on the PATH): sverka alone", flush=True)
    if hunalign:
        header += f"  | hunalign {'seconds':>8} {'cpu s':>8} {'peak MB':>8} {'F1':>7}  ratios time/cpu/mem/F1"
    print(header, flush=True)
    previous = None
    try:
        for size in sizes:
            src, tgt, gold = build(pairs, size, args.drop, args.seed, work, args.gap)
            pred = work / f"{size}.sverka.pairs"
            cmd = [sverka, "align", "--presegmented", "--level", "sentence", "--format", "pairs",
                   "--source-lang", source_lang, "--target-lang", target_lang, *args.extra, str(src), str(tgt)]
            seconds, cpu, peak, code, stderr = measure(cmd, pred, args.timeout)
            f1 = score(sverka, gold, pred) if code == 0 else None
            growth = None
            if cpu and previous and previous[1]:
                growth = math.log(cpu / previous[1]) / math.log(size / previous[0])
            line = (f"{size:>9} {fmt(seconds, '%9.2f')} {fmt(cpu, '%9.2f')} {fmt(peak, '%9.1f')} {fmt(f1, '%9.4f')} "
                    f"{fmt(growth, '%7.2f')}")
            if code != 0:
                line += f"  sverka failed ({code}): {stderr.strip().splitlines()[-1] if stderr.strip() else ''}"
            previous = (size, cpu)
            if compare:
                plain = work / f"{size}.sverka-no-dictionary.pairs"
                _, n_cpu, _, n_code, n_stderr = measure(cmd + ["--no-dictionary"], plain, args.timeout)
                n_f1 = score(sverka, gold, plain) if n_code == 0 else None
                line += (f"  | no-dict {fmt(n_cpu, '%7.2f')} {fmt(n_f1, '%7.4f')} "
                         f"{fmt(cpu / n_cpu if cpu and n_cpu else None, '%9.2f')}")
                if n_code != 0:
                    line += f"  failed ({n_code})"
            if hunalign and size <= args.hunalign_max:
                ladder = work / f"{size}.hunalign.ladder"
                h_cmd = [hunalign, "-utf", *args.hunalign_args.split(), str(empty_dictionary), str(src), str(tgt)]
                h_seconds, h_cpu, h_peak, h_code, h_stderr = measure(h_cmd, ladder, args.timeout)
                h_f1 = None
                if h_code == 0:
                    beads = work / f"{size}.hunalign.pairs"
                    ladder_to_beads(ladder, beads)
                    h_f1 = score(sverka, gold, beads)
                ratio = lambda a, b: f"{a / b:.2f}" if a is not None and b else "-"
                line += (f"  | hunalign {fmt(h_seconds, '%8.2f')} {fmt(h_cpu, '%8.2f')} {fmt(h_peak, '%8.1f')} {fmt(h_f1, '%7.4f')}  "
                         f"{ratio(h_seconds, seconds)} / {ratio(h_cpu, cpu)} / {ratio(h_peak, peak)} / {ratio(h_f1, f1)}")
                if h_code != 0:
                    line += f"  hunalign failed ({h_code})"
            print(line, flush=True)
    finally:
        if args.keep:
            print(f"# inputs and outputs kept in {work}")
        else:
            shutil.rmtree(work)


if __name__ == "__main__":
    main()
