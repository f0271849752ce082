#!/usr/bin/env python3
"""Tests Scripts/spark_align.py in Spark local mode (local[2]) against a direct `sverka batch -` run.

Usage:
    python3 Scripts/test_spark_align.py [--sverka PATH] [--documents N]
    python3 Scripts/test_spark_align.py --check-tools     # exit 0 when pyspark, java and the data are there

Input: the first N (default 20) documents of ../shared/eval-data/wmt-ru-en-docs/wmttest2023-ruen
(Russian originals, English translations), each side's paragraphs joined by blank lines, as JSON
Lines records with inline texts, plus records sverka must refuse (a missing file, a line that is not
JSON). Checks:
  1. JSON Lines output over 3 partitions: the records, in order, are byte for byte those of
     `sverka batch -` run directly on the same input (so the beads are the same), errors included;
  2. Parquet output: the same records, column by column;
  3. a sverka that dies after its first answer: every other input of its partition comes back as
     an error record saying so; no row is lost;
  4. a sverka that cannot start: every input comes back as an error record.

Without pyspark, java or ../shared/eval-data it says what is missing and exits 0 (skipped); with
the environment variable CI set it exits 1 instead. Exit 1 when a check fails.
"""

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(os.path.dirname(ROOT), "shared", "eval-data", "wmt-ru-en-docs", "wmttest2023-ruen", "docs.jsonl")
SVERKA_OPTIONS = ["--format", "pairs", "--no-dictionary"]
IN_CI = os.environ.get("CI", "") not in ("", "0", "false")


def missing_tools():
    """What the test needs and does not find."""
    missing = []
    try:
        import pyspark  # noqa: F401
    except ImportError:
        missing.append("pyspark (pip install pyspark)")
    java_home = os.environ.get("JAVA_HOME")
    if not shutil.which("java") and not (java_home and os.path.exists(os.path.join(java_home, "bin", "java"))):
        missing.append("java (apt-get install openjdk-17-jre-headless)")
    if not os.path.exists(DATA):
        missing.append(DATA)
    return missing


def find_sverka(given):
    """The sverka binary: as given, else $SVERKA, else the newest .build*/debug/sverka."""
    if given:
        return os.path.abspath(given)
    if os.environ.get("SVERKA"):
        return os.path.abspath(os.environ["SVERKA"])
    built = [path for path in glob.glob(os.path.join(ROOT, ".build*", "debug", "sverka")) if os.access(path, os.X_OK)]
    if not built:
        sys.exit("test_spark_align: no sverka binary; build it first (swift build) or pass --sverka")
    return max(built, key=os.path.getmtime)


def input_lines(documents):
    """JSON Lines input: `documents` WMT documents, with two records sverka refuses among them."""
    lines = []
    with open(DATA, encoding="utf-8") as data:
        for line in data:
            document = json.loads(line)
            ru = "\n\n".join(" ".join(paragraph) for paragraph in document["ru"])
            en = "\n\n".join(" ".join(paragraph) for paragraph in document["en"])
            lines.append(json.dumps({"id": document["docid"], "source_text": ru, "target_text": en}, ensure_ascii=False))
            if len(lines) == documents:
                break
    lines.insert(3, json.dumps({"id": "missing-file", "source": "/nonexistent/sverka-spark-test.ru", "target_text": "x"}))
    lines.insert(7, "{not JSON")
    return lines


def part_files(folder, suffix):
    """The part files of a Spark output folder, in partition order."""
    return sorted(glob.glob(os.path.join(folder, "part-*" + suffix)))


class Checks:
    """Counts the checks and remembers the failures."""

    def __init__(self):
        self.passed = 0
        self.failures = []

    def expect(self, condition, what):
        """Records one check."""
        if condition:
            self.passed += 1
        else:
            self.failures.append(what)
            print("FAILED: " + what, file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sverka", help="the sverka binary (default: the newest .build*/debug/sverka)")
    parser.add_argument("--documents", type=int, default=20)
    parser.add_argument("--check-tools", action="store_true", help="only say whether the tools and data are there")
    arguments = parser.parse_args()

    missing = missing_tools()
    if arguments.check_tools:
        for thing in missing:
            print("missing: " + thing)
        return 0 if not missing else 3
    if missing:
        message = "test_spark_align: missing " + "; ".join(missing)
        if IN_CI:
            print(message + " (required under CI)", file=sys.stderr)
            return 1
        print(message + "; skipped")
        return 0

    sverka = find_sverka(arguments.sverka)
    sys.path.insert(0, os.path.join(ROOT, "Scripts"))
    import spark_align
    from pyspark.sql import SparkSession

    scratch = tempfile.mkdtemp(prefix="sverka-spark-test-")
    checks = Checks()
    try:
        lines = input_lines(arguments.documents)
        input_path = os.path.join(scratch, "pairs.jsonl")
        with open(input_path, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines[:10]) + "\n\n" + "\n".join(lines[10:]) + "\n")   # a blank line too

        direct = subprocess.run([sverka, "batch", "-", "--quiet", "--jobs", "2"] + SVERKA_OPTIONS,
                                stdin=open(input_path, "rb"), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        checks.expect(direct.returncode == 2, "direct sverka batch exits 2 (two records refused), got %d: %s"
                      % (direct.returncode, direct.stderr.decode(errors="replace")[-500:]))
        expected = [json.loads(line) for line in direct.stdout.decode("utf-8").splitlines()]
        checks.expect(len(expected) == len(lines), "direct run: one record per input line")
        checks.expect(sum(record["status"] == "ok" for record in expected) == len(lines) - 2, "direct run: every document aligned")

        os.environ["PYSPARK_PYTHON"] = sys.executable
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        spark = (SparkSession.builder.master("local[2]").appName("sverka-spark-test")
                 .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
                 .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate())
        spark.sparkContext.setLogLevel("ERROR")
        try:
            # 1. JSON Lines, three partitions (three sverka processes).
            jsonl = os.path.join(scratch, "out-jsonl")
            spark_align.main([input_path, jsonl, "--sverka", sverka, "--partitions", "3", "--", *SVERKA_OPTIONS], spark=spark)
            parts = part_files(jsonl, ".txt")
            written = b"".join(open(path, "rb").read() for path in parts)
            checks.expect(len(parts) == 3, "3 part files, got %d" % len(parts))
            checks.expect(written == direct.stdout, "the JSON Lines output is byte for byte what sverka batch - writes")
            got = [json.loads(line) for line in written.decode("utf-8").splitlines()]
            same_beads = sum(a.get("result") == b.get("result") and a.get("result") is not None for a, b in zip(got, expected))
            checks.expect(same_beads == len(lines) - 2, "the beads of every document equal the direct run's (%d of %d)"
                          % (same_beads, len(lines) - 2))
            checks.expect([r.get("id") for r in got] == [r.get("id") for r in expected], "ids in input order")

            # 2. Parquet.
            parquet = os.path.join(scratch, "out-parquet")
            spark_align.main([input_path, parquet, "--sverka", sverka, "--partitions", "2", "--output-format", "parquet",
                              "--", *SVERKA_OPTIONS], spark=spark)
            rows = spark.read.parquet(parquet).collect()

            def key(record):
                identifier = record.get("id")
                return (str(identifier) if identifier is not None else "", record.get("status"), record.get("error") or "",
                        record.get("beads") or 0, record.get("result") or "", sorted((record.get("divergences") or {}).items()))

            checks.expect(sorted(key(row.asDict()) for row in rows) == sorted(key(record) for record in expected),
                          "the Parquet rows hold the direct run's records")

            # 3. A sverka that is killed after answering its first record.
            dying = os.path.join(scratch, "sverka-dies")
            with open(dying, "w") as handle:
                handle.write("#!/bin/sh\nhead -n 1 | '%s' \"$@\"\nkill -KILL $$\n" % sverka.replace("'", "'\\''"))
            os.chmod(dying, 0o755)
            killed = os.path.join(scratch, "out-killed")
            spark_align.main([input_path, killed, "--sverka", dying, "--partitions", "1", "--", *SVERKA_OPTIONS], spark=spark)
            records = [json.loads(line) for path in part_files(killed, ".txt") for line in open(path, encoding="utf-8")]
            checks.expect(len(records) == len(lines), "killed: one record per input (%d of %d)" % (len(records), len(lines)))
            checks.expect(records[:1] == expected[:1], "killed: the first record is sverka's answer")
            lost = [r for r in records[1:] if r.get("status") == "error" and "killed by signal 9" in r.get("error", "")]
            checks.expect(len(lost) == len(lines) - 1, "killed: every other record is an error record naming the signal")
            checks.expect([r.get("id") for r in records] == [r.get("id") for r in expected], "killed: the ids are kept")

            # 4. A sverka that cannot start (not a program): every input comes back as an error record.
            broken = os.path.join(scratch, "sverka-broken")
            with open(broken, "w") as handle:
                handle.write("not a program\n")
            os.chmod(broken, 0o755)
            unstarted = os.path.join(scratch, "out-unstarted")
            spark_align.main([input_path, unstarted, "--sverka", broken, "--partitions", "2", "--", *SVERKA_OPTIONS], spark=spark)
            records = [json.loads(line) for path in part_files(unstarted, ".txt") for line in open(path, encoding="utf-8")]
            checks.expect(len(records) == len(lines) and all(r.get("status") == "error" and r.get("error", "").startswith("cannot run sverka")
                                                             for r in records), "unstarted: one error record per input")
            checks.expect([r.get("id") for r in records] == [r.get("id") for r in expected], "unstarted: the ids are kept")
        finally:
            spark.stop()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    print("test_spark_align: %d passed, %d failed" % (checks.passed, len(checks.failures)))
    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main())
