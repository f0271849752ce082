#!/usr/bin/env python3
"""Aligns many document pairs on Apache Spark, piping each partition through `sverka batch -`.

Usage:
    spark-submit Scripts/spark_align.py INPUT OUTPUT [--sverka PATH] [--input-format auto|jsonl|manifest]
        [--output-format jsonl|parquet] [--partitions N] [--mode error|overwrite] [--write-files]
        [--master URL] [-- SVERKA-BATCH-OPTIONS ...]

INPUT is any path Spark reads (a file, a folder, a glob; file:, hdfs:, s3a: ...), either
  - JSON Lines (`--input-format jsonl`): one record per line, as `sverka batch -` takes them:
    {"id": ..., "source_text": "...", "target_text": "..."} or {"id": ..., "source": path,
    "target": path}, optionally "source_lang", "target_lang" and "output" (a prefix: sverka then
    writes PREFIX.* itself and the record carries no result). Each line goes to sverka unchanged.
  - a batch manifest (`--input-format manifest`, or a name ending in .tsv): source<TAB>target<TAB>
    prefix[<TAB>source-lang<TAB>target-lang]; blank lines and # comments skipped, relative paths
    taken from the manifest's folder. The prefix becomes the record's id, and the results come
    back in OUTPUT (with --write-files, sverka writes PREFIX.* as `sverka batch MANIFEST` does).
  Paths inside records (source, target, output) are read and written by sverka on the executors:
  they must be absolute and on a file system every executor mounts.

OUTPUT gets one record per input record, in input order, as `sverka batch -` writes them:
{"id", "status": "ok"|"error"|"skipped", "error", "beads", "divergences": {kind: count},
"result"}. `--output-format jsonl` (default) writes sverka's lines as they are (text part files);
`parquet` writes columns id (a string), output, status, error, beads, divergences (a map), result
(one format's text) and results (several formats, or moses: texts by file suffix).

No row is lost: a record sverka refuses comes back as its error record; a manifest line that is
not a pair gives an error record; when the sverka process of a partition cannot start or dies,
every input of that partition it has not answered gets an error record saying so.

The sverka binary: `--sverka PATH` (any path or URL SparkContext.addFile takes) is shipped to every
executor; without it, `sverka` must be on the executors' PATH. Build it with
`swift build -c release --static-swift-stdlib` so that executors need no Swift runtime, only the
system's libicu, libstemmer and zlib (Debian: libicu72 or the like, libstemmer0d, zlib1g). Options after `--` go to `sverka batch`
(default: `--format pairs`); `--jobs` defaults to spark.task.cpus, so one task uses the cores Spark
gave it. A dictionary must be readable on the executors (ship it with spark-submit --files and
pass `-- --dictionary NAME`), or pass `-- --no-dictionary`.

On a cluster (the binary built once, the input on HDFS, the job submitted):
    swift build -c release --static-swift-stdlib
    hdfs dfs -put pairs.jsonl /corpus/pairs.jsonl
    spark-submit --master yarn --deploy-mode client Scripts/spark_align.py hdfs:///corpus/pairs.jsonl hdfs:///corpus/aligned --sverka .build/release/sverka --output-format parquet -- --format pairs

Locally: python3 Scripts/spark_align.py pairs.jsonl out --master 'local[2]' --sverka .build/debug/sverka
"""

import argparse
import functools
import json
import os
import posixpath
import shutil
import subprocess
import sys
import tempfile

# The exit statuses of `sverka batch` after answering every record: all aligned, or some failed.
ANSWERED = (0, 2)


def parse_arguments(argv):
    """The script's options, and the options for `sverka batch` (after `--`)."""
    if "--" in argv:
        split = argv.index("--")
        own, sverka_options = argv[:split], argv[split + 1:]
    else:
        own, sverka_options = argv, []
    parser = argparse.ArgumentParser(
        prog="spark_align.py",
        description="Align document pairs on Spark with `sverka batch -` (options after -- go to sverka).")
    parser.add_argument("input", help="JSON Lines records or a TSV manifest, any path Spark reads")
    parser.add_argument("output", help="where the results go (a folder of part files)")
    parser.add_argument("--sverka", help="the sverka binary to ship to the executors (default: sverka on their PATH)")
    parser.add_argument("--input-format", choices=["auto", "jsonl", "manifest"], default="auto",
                        help="auto: manifest for a name ending in .tsv, else jsonl")
    parser.add_argument("--output-format", choices=["jsonl", "parquet"], default="jsonl")
    parser.add_argument("--partitions", type=int, default=0,
                        help="partitions, one sverka process each (default: the cluster's default parallelism)")
    parser.add_argument("--mode", choices=["error", "overwrite"], default="error",
                        help="when OUTPUT exists: fail (default) or replace it")
    parser.add_argument("--write-files", action="store_true",
                        help="manifest: sverka writes PREFIX.* on the executors instead of returning results")
    parser.add_argument("--master", help="Spark master when not run by spark-submit (e.g. local[2])")
    options = parser.parse_args(own)
    if options.partitions < 0:
        parser.error("--partitions must be 0 or more")
    if not sverka_options:
        sverka_options = ["--format", "pairs"]
    return options, sverka_options


def record_id(line):
    """The "id" of a JSON Lines record, or None when it has none or is not JSON."""
    try:
        record = json.loads(line)
    except ValueError:
        return None
    return record.get("id") if isinstance(record, dict) else None


def error_record(identifier, message):
    """An error record in sverka's layout, as one JSON line."""
    record = {"status": "error", "error": message}
    if identifier is not None:
        record["id"] = identifier
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def manifest_folder(path):
    """The folder of a manifest path, for its relative paths: local paths only (sverka reads files
    on the executors' file systems), so a file: URL loses its scheme."""
    if path.startswith("file://"):
        path = path[len("file://"):]
    elif path.startswith("file:"):
        path = path[len("file:"):]
    return posixpath.dirname(os.path.abspath(path)) if "://" not in path else posixpath.dirname(path)


def manifest_item(numbered, folder, name, write_files):
    """A manifest line (with its 0-based index) as an input item (id, JSON line or None, error or
    None); None for blank lines and comments."""
    text, index = numbered
    line = text[:-1] if text.endswith("\r") else text
    stripped = line.strip()
    if not stripped or stripped.startswith("#"):
        return None
    fields = line.split("\t")
    label = "%s:%d" % (name, index + 1)
    if len(fields) not in (3, 5):
        return (label, None, "%s: expected 3 tab-separated fields (source, target, output prefix) or 5 "
                             "(and the two languages), found %d" % (label, len(fields)))
    if any(not field.strip() for field in fields):
        return (label, None, "%s: field %d is empty" % (label, [not f.strip() for f in fields].index(True) + 1))

    def resolve(path):
        return path if path.startswith("/") else posixpath.join(folder, path)

    record = {"id": fields[2], "source": resolve(fields[0]), "target": resolve(fields[1])}
    if len(fields) == 5:
        record["source_lang"], record["target_lang"] = fields[3], fields[4]
    if write_files:
        record["output"] = resolve(fields[2])
    return (fields[2], json.dumps(record, ensure_ascii=False), None)


def jsonl_item(text):
    """A JSON Lines input line as an input item (id, line, None); None for a blank line."""
    line = text[:-1] if text.endswith("\r") else text
    if not line.strip(" \t\r"):   # the lines sverka skips
        return None
    return (record_id(line), line, None)


def sverka_binary(shipped):
    """The sverka binary on this executor: the shipped file (made executable), or the one on PATH."""
    if not shipped:
        return shutil.which("sverka") or "sverka"
    from pyspark import SparkFiles
    path = SparkFiles.get(shipped)
    if not os.access(path, os.X_OK):
        try:
            os.chmod(path, 0o755)
        except OSError:
            copy = os.path.join(tempfile.mkdtemp(prefix="sverka-"), shipped)
            shutil.copy(path, copy)
            os.chmod(copy, 0o755)
            path = copy
    return path


def align_partition(items, shipped, sverka_options):
    """Pipes the records of one partition through one `sverka batch -` process and yields one JSON
    line per input item, in order: sverka's result record, or an error record for an item that
    could not be sent, that sverka did not answer, or whose answer is not JSON."""
    answered = []   # (id, error or None): only the ids are kept, not the texts
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".jsonl", delete=False) as stdin_file:
        for identifier, line, error in items:
            answered.append((identifier, error))
            if error is None:
                stdin_file.write(line + "\n")
    stderr_file = tempfile.TemporaryFile()
    process = None
    failure = None
    try:
        if any(error is None for _, error in answered):
            binary = sverka_binary(shipped)
            with open(stdin_file.name, "rb") as stdin:
                process = subprocess.Popen([binary, "batch", "-", "--quiet"] + sverka_options,
                                           stdin=stdin, stdout=subprocess.PIPE, stderr=stderr_file)
    except Exception as error:   # no binary, not executable, not shipped: every record says so
        failure = "cannot run sverka: %s" % error
    finally:
        os.unlink(stdin_file.name)

    def why_lost():
        """Why records got no answer: the process's end and the last of its standard error."""
        status = process.wait()
        stderr_file.seek(0)
        tail = stderr_file.read().decode("utf-8", "replace").strip().splitlines()[-3:]
        how = ("was killed by signal %d" % -status) if status < 0 else ("exited with status %d" % status)
        return "sverka %s before answering this record%s" % (how, (": " + " | ".join(tail)) if tail else "")

    try:
        for identifier, error in answered:
            if error is not None:
                yield error_record(identifier, error)
                continue
            if failure is None:
                answer = process.stdout.readline()
                if answer:
                    text = answer.decode("utf-8", "replace").rstrip("\n")
                    try:
                        json.loads(text)
                        yield text
                    except ValueError:
                        yield error_record(identifier, "sverka wrote a line that is not JSON: %s" % text[:200])
                    continue
                failure = why_lost()
            yield error_record(identifier, failure)
    finally:
        if process is not None:
            process.stdout.close()
            if process.poll() is None:
                process.kill()
            process.wait()
        stderr_file.close()


def read_items(spark, options):
    """The input as an RDD of (id, JSON line or None, error or None), in input order."""
    context = spark.sparkContext
    manifest = options.input_format == "manifest" or (
        options.input_format == "auto" and options.input.lower().endswith(".tsv"))
    lines = context.textFile(options.input)
    if manifest:
        parse = functools.partial(manifest_item, folder=manifest_folder(options.input),
                                  name=posixpath.basename(options.input), write_files=options.write_files)
        items = lines.zipWithIndex().map(parse)
    else:
        items = lines.map(jsonl_item)
    return items.filter(lambda item: item is not None)


def spread(items, partitions):
    """`items` in `partitions` partitions of consecutive records (fewer when there are fewer
    records), keeping the input order within and across partitions."""
    numbered = items.zipWithIndex().map(lambda pair: (pair[1], pair[0]))
    total = numbered.count()
    if total == 0:
        return items
    count = max(1, min(partitions, total))
    return numbered.repartitionAndSortWithinPartitions(
        count, lambda index: index * count // total).values()


def parquet_row(line):
    """A result line as a row of the Parquet table."""
    from pyspark.sql import Row
    record = json.loads(line)
    result = record.get("result")
    identifier = record.get("id")
    return Row(id=None if identifier is None else str(identifier),
               output=record.get("output"),
               status=record.get("status"),
               error=record.get("error"),
               beads=record.get("beads"),
               divergences=record.get("divergences"),
               result=result if isinstance(result, str) else None,
               results=result if isinstance(result, dict) else None)


def parquet_schema():
    """The columns of the Parquet output."""
    from pyspark.sql.types import LongType, MapType, StringType, StructField, StructType
    return StructType([
        StructField("id", StringType()),
        StructField("output", StringType()),
        StructField("status", StringType()),
        StructField("error", StringType()),
        StructField("beads", LongType()),
        StructField("divergences", MapType(StringType(), LongType())),
        StructField("result", StringType()),
        StructField("results", MapType(StringType(), StringType())),
    ])


def run(spark, options, sverka_options):
    """Aligns the input and writes the output; returns the number of records written."""
    context = spark.sparkContext
    if __name__ != "__main__":
        # Imported (not run by spark-submit): the executors import this module by name.
        context.addPyFile(os.path.abspath(__file__))
    shipped = None
    if options.sverka:
        context.addFile(options.sverka)
        shipped = posixpath.basename(options.sverka.rstrip("/"))
    if not any(option.startswith("--jobs") or option.startswith("-j") for option in sverka_options):
        sverka_options = ["--jobs", context.getConf().get("spark.task.cpus", "1")] + sverka_options
    items = read_items(spark, options)
    partitions = options.partitions or context.defaultParallelism
    results = spread(items, partitions).mapPartitions(
        functools.partial(align_partition, shipped=shipped, sverka_options=sverka_options)).cache()
    if options.output_format == "parquet":
        table = spark.createDataFrame(results.map(parquet_row), parquet_schema())
        table.write.mode(options.mode).parquet(options.output)
    else:
        from pyspark.sql import Row
        table = spark.createDataFrame(results.map(lambda line: Row(value=line)), "value string")
        table.write.mode(options.mode).text(options.output)
    written = results.count()
    results.unpersist()
    return written


def main(argv=None, spark=None):
    """Runs the recipe with the command line `argv` (default: sys.argv), in `spark` when given (it
    is left running), else in a session of its own."""
    options, sverka_options = parse_arguments(sys.argv[1:] if argv is None else argv)
    own = spark is None
    if own:
        from pyspark.sql import SparkSession
        builder = SparkSession.builder.appName("sverka-align")
        if options.master:
            builder = builder.master(options.master)
        spark = builder.getOrCreate()
    try:
        written = run(spark, options, sverka_options)
    finally:
        if own:
            spark.stop()
    print("spark_align: %d records written to %s" % (written, options.output), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
