#!/usr/bin/env python3
"""Batch benchmark: `sverka batch` over the 1,040 Russian-English document pairs of
../shared/eval-data/wmt-ru-en-docs (each document pre-segmented, paragraphs kept), with one job and
with one job per core, in the same invocation.

For each --jobs value it prints the wall time, the CPU time, pairs per second, the peak memory and
the speed-up over the first value; then it checks that every run wrote byte-identical outputs and
scores them against the gold (strict F1, as `sverka eval`). Two bad pairs are added to the manifest
(a missing file and a binary file): each run must report both with their manifest lines, align all
the others and exit with status 2.

Usage: Scripts/benchmark_batch.py [--jobs 1,2] [--sverka PATH] [--limit N] [--keep]
                                  [-- extra sverka batch options, e.g. --no-dictionary]
"""
import argparse
import filecmp
import os
import pathlib
import resource
import subprocess
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from benchmark_alignment import ROOT, require, score, scratch_folder, wmt_documents  # noqa: E402

GNU_TIME = "/usr/bin/time"


def timed(cmd):
    """Runs `cmd`; returns (exit status, stderr, wall s, cpu s, peak MB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wrapped = [GNU_TIME, "-f", "PEAK_KB %M", *cmd] if os.path.exists(GNU_TIME) else cmd
    start = time.perf_counter()
    result = subprocess.run(wrapped, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    peak = None
    lines = []
    for line in result.stderr.splitlines():
        if line.startswith("PEAK_KB "):
            peak = int(line.split()[1]) / 1024
        else:
            lines.append(line)
    return result.returncode, lines, wall, cpu, peak


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sverka", default=str(ROOT / ".build" / "release" / "sverka"))
    parser.add_argument("--jobs", default=f"1,{os.cpu_count() or 1}", help="--jobs values to compare, comma-separated")
    parser.add_argument("--limit", type=int, default=0, help="at most N documents per WMT set")
    parser.add_argument("--keep", action="store_true", help="keep the inputs and outputs (their folder is printed)")
    parser.add_argument("extra", nargs="*", help="extra options for sverka batch (after --)")
    args = parser.parse_args()
    require(args.sverka)
    with scratch_folder("sverka-batch-", args.keep) as work:
        (work / "docs").mkdir()
        pairs, manifest = wmt_documents(work / "docs", args.limit)
        rows = [row.split("\t") for row in manifest.read_text(encoding="utf-8").splitlines() if row]
        # Two bad pairs: a missing file, and a binary file.
        binary = work / "docs" / "binary.ru"
        binary.write_bytes(bytes(range(256)) * 4)
        english = rows[0][1] if rows[0][4] == "en" else rows[0][0]
        rows.insert(len(rows) // 2, [str(work / "docs" / "missing.ru"), english, "bad-missing", "ru", "en"])
        rows.append([str(binary), english, "bad-binary", "ru", "en"])
        good = len(pairs)
        print(f"# {good} WMT/NTREX document pairs + 2 bad ones; sverka {args.sverka} {' '.join(args.extra)}", flush=True)
        print(f"{'jobs':>4} {'seconds':>8} {'cpu s':>8} {'pairs/s':>8} {'peak MB':>8} {'speed-up':>8}  exit  bad pairs reported")
        first = None
        outputs = []
        for jobs in [int(j) for j in args.jobs.split(",") if j.strip()]:
            out = work / f"jobs{jobs}"
            out.mkdir()
            run_manifest = out / "manifest.tsv"
            run_manifest.write_text("".join("\t".join([r[0], r[1], str(out / pathlib.Path(r[2]).name), *r[3:]]) + "\n"
                                            for r in rows), encoding="utf-8")
            code, errors, wall, cpu, peak = timed([args.sverka, "batch", str(run_manifest), "--jobs", str(jobs),
                                                   "--presegmented", "--level", "sentence", "--format", "pairs",
                                                   "--quiet", *args.extra])
            bad = [e for e in errors if "manifest.tsv:" in e]
            first = first or wall
            print(f"{jobs:>4} {wall:8.2f} {cpu:8.2f} {good / wall:8.1f} {peak or 0:8.1f} {first / wall:8.2f}  {code:>4}  {len(bad)}",
                  flush=True)
            for line in bad:
                print(f"       {line}")
            outputs.append(out)
        names = sorted(p.name for p in outputs[0].glob("*.pairs"))
        same = all(filecmp.cmp(outputs[0] / n, o / n, shallow=False) for o in outputs[1:] for n in names)
        print(f"# outputs of all runs identical: {'yes' if same else 'NO'} ({len(names)} files per run)")
        scores = score(args.sverka, [(gold, outputs[0] / pred.name) for gold, pred in pairs])
        print(f"# strict F1 {scores['strict']['f1']:.4f}")


if __name__ == "__main__":
    main()
