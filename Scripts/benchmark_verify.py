#!/usr/bin/env python3
"""Cost of `sverka align --verify`: the time and peak memory of the same run with and without it.

Builds two generated inputs (Russian original, English translation, sentence pairs written for
this benchmark with numbers that differ from sentence to sentence):
  paragraphs  N paragraphs a side (default 100,000) of one to three sentences each;
  paragraph   one paragraph a side of about M megabytes (default 20) of sentences.
Each is aligned with `sverka align --no-dictionary` (plus any options after --) in the formats
given, standard output to /dev/null, once without and once with --verify; the script prints wall and CPU
seconds, peak resident memory (MB) and the extra share --verify costs in each. --verify should stay
under +50% in time and memory.

Usage: Scripts/benchmark_verify.py [--paragraphs 100000] [--megabytes 20] [--formats pairs,report]
                                    [--sverka PATH] [--keep] [-- extra options]
"""
import argparse
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent

SENTENCES = [
    ("Лодки вышли в залив в {n} часов утра.", "The boats went out into the bay at {n} in the morning."),
    ("Рыбаки вернулись только к вечеру.", "The fishermen came back only towards evening."),
    ("В деревне было {n} домов и одна школа.", "The village had {n} houses and one school."),
    ("Никто не знал, сколько ещё ждать.", "Nobody knew how much longer to wait."),
    ("Дорога до города заняла {n} дней.", "The road to the town took {n} days."),
    ("Вечером пошёл сильный дождь, и все остались дома.", "In the evening heavy rain fell, and everyone stayed at home."),
    ("Старик рассказал нам о войне.", "The old man told us about the war."),
    ("Мост построили в {n} году.", "The bridge was built in {n}."),
]


def sentence(k):
    ru, en = SENTENCES[k % len(SENTENCES)]
    return ru.format(n=k + 1), en.format(n=k + 1)


def build_paragraphs(count, folder):
    ru, en = [], []
    k = 0
    for p in range(count):
        pairs = [sentence(k + j) for j in range(1 + p % 3)]
        k += len(pairs)
        ru.append(" ".join(r for r, _ in pairs))
        en.append(" ".join(e for _, e in pairs))
    (folder / "paragraphs.ru.txt").write_text("\n\n".join(ru) + "\n", encoding="utf-8")
    (folder / "paragraphs.en.txt").write_text("\n\n".join(en) + "\n", encoding="utf-8")


def build_paragraph(megabytes, folder):
    ru, en, size, k = [], [], 0, 0
    while size < megabytes * 1_000_000:
        r, e = sentence(k)
        ru.append(r)
        en.append(e)
        size += len(r.encode()) + 1
        k += 1
    (folder / "paragraph.ru.txt").write_text(" ".join(ru) + "\n", encoding="utf-8")
    (folder / "paragraph.en.txt").write_text(" ".join(en) + "\n", encoding="utf-8")


def run(command):
    """Wall seconds, CPU seconds (user + system) and peak resident MB of one run (its own rusage,
    from wait4). On a shared machine the CPU time varies less than the wall time."""
    with tempfile.TemporaryFile() as errors:
        start = time.time()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.time() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            errors.seek(0)
            sys.exit(f"sverka failed ({process.returncode}): {' '.join(map(str, command))}\n{errors.read().decode()}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--paragraphs", type=int, default=100000)
    parser.add_argument("--megabytes", type=float, default=20)
    parser.add_argument("--formats", default="pairs,report")
    parser.add_argument("--sverka", default=str(ROOT / ".build" / "release" / "sverka"))
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("extra", nargs="*", help="extra options for sverka align (after --)")
    args = parser.parse_args()
    if not pathlib.Path(args.sverka).exists():
        sys.exit(f"no sverka binary at {args.sverka}; build it with: swift build -c release")
    folder = pathlib.Path(tempfile.mkdtemp(prefix="sverka-verify-"))
    try:
        inputs = []
        if args.paragraphs > 0:
            build_paragraphs(args.paragraphs, folder)
            inputs.append((f"{args.paragraphs} paragraphs", "paragraphs"))
        if args.megabytes > 0:
            build_paragraph(args.megabytes, folder)
            inputs.append((f"one {args.megabytes:g} MB paragraph", "paragraph"))
        print(f"{'input':<24} {'format':<7} {'plain s':>8} {'verify s':>9} {'extra':>6} {'plain CPU':>10} {'verify CPU':>11} "
              f"{'extra':>6} {'plain MB':>9} {'verify MB':>10} {'extra':>6}")
        for label, stem in inputs:
            for output_format in args.formats.split(","):
                command = [args.sverka, "align", folder / f"{stem}.ru.txt", folder / f"{stem}.en.txt",
                           "--format", output_format, "--no-dictionary", *args.extra]
                plain_s, plain_cpu, plain_mb = run(command)
                verify_s, verify_cpu, verify_mb = run(command + ["--verify"])
                print(f"{label:<24} {output_format:<7} {plain_s:8.1f} {verify_s:9.1f} {verify_s / plain_s - 1:+6.0%} "
                      f"{plain_cpu:10.1f} {verify_cpu:11.1f} {verify_cpu / plain_cpu - 1:+6.0%} "
                      f"{plain_mb:9.0f} {verify_mb:10.0f} {verify_mb / plain_mb - 1:+6.0%}", flush=True)
    finally:
        if args.keep:
            print(f"# kept in {folder}")
        else:
            shutil.rmtree(folder)


if __name__ == "__main__":
    main()
