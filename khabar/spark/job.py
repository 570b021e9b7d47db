"""khabar on Apache Spark: files → articles → records → Parquet tables.

Run on a cluster with spark-submit (the khabar package must be installed on every
executor, e.g. shipped as a wheel with ``--py-files`` or in the executors' image)::

    spark-submit --master yarn -m khabar.spark.job s3a://bucket/news/ --out s3a://bucket/khabar/

or locally with ``khabar spark PATH... --out DIR [--master local[2]]``.

Stages: every input file is read as bytes into a DataFrame (Spark's ``binaryFile``
source, recursive, so object storage works) and turned into articles by khabar's own
readers (text / JSONL / CSV / HTML / FIRE XML / WARC, as ``khabar ingest`` reads them)
in the executors; one shuffle deduplicates them by content hash and spreads them over
the extraction partitions; every partition is extracted by its Python worker's
``Pipeline`` (loaded once per executor, in the worker daemon ``khabar.spark.daemon``,
before the workers fork) and written by that worker with pyarrow as its part of the
Parquet tables of ``khabar.spark.tables`` (articles, entities, quotes, amounts, dates)
plus ``problems`` (files or records that could not be read, with the reason):
``OUT/<table>/part-NNNNN.parquet``, one per partition, and ``_SUCCESS``. The records
never pass through the JVM. Spark's own readers load the tables back as DataFrames
(``spark.read.parquet(OUT + "/quotes")``).

The output directory is written by the workers through ``pyarrow.fs``: a path every
executor can reach (local mode, a shared mount) or a URI pyarrow knows: ``s3://``
(``s3a://`` and ``s3n://`` are read as ``s3://``; credentials from the usual AWS
environment variables or instance role, not from Hadoop's ``fs.s3a`` settings),
``gs://``, ``hdfs://`` (with libhdfs), ``abfs://``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa

from khabar.spark.tables import SCHEMAS, TABLES, rows_from_record

# keys of failed extractions in the (id, record) pairs; never a hex article id
PROBLEM_KEY = "!problem:"
# the tables written: the record's (``khabar.spark.tables``) and the problems met
OUT_SCHEMAS: dict[str, pa.Schema] = {
    **SCHEMAS,
    "problems": pa.schema([("origin", pa.string()), ("reason", pa.string())]),
}
OUT_TABLES = (*TABLES, "problems")
ROW_GROUP = 2000  # article records per Parquet row group
# extraction partitions per core: articles differ in length, so a few partitions per
# core let a core that finishes early take the next one (a worker keeps its pipeline)
TASKS_PER_CORE = 4


@lru_cache(maxsize=1)
def executor_pipeline() -> Any:
    """The pipeline of this Python worker, created on first use and then reused."""
    from khabar.pipeline import Pipeline

    return Pipeline()


def articles_from_file(path: str, data: bytes, split: bool) -> Iterator[tuple[str | None, ...]]:
    """("item", text, meta…) or ("problem", origin, reason) rows for one input file."""
    from khabar.ingest.sources import Item, read_data

    name = path[5:] if path.startswith("file:") else path
    for it in read_data(name, data, split):
        if isinstance(it, Item):
            m = it.meta
            yield ("item", it.origin, it.text, m.source or name, m.url, m.title, m.published, m.paper)
        else:
            yield ("problem", it.origin, it.reason, None, None, None, None, None)


def keyed_articles(path: str, data: bytes, split: bool) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """(key, row) pairs of one input file: an article is keyed by its id (the hash of its
    text, so that the same text from two files meets in one place), a problem by
    ``PROBLEM_KEY`` + its origin and position."""
    from khabar.record import article_id

    for n, row in enumerate(articles_from_file(path, data, split)):
        if row[0] == "item":
            yield (article_id(row[2] or ""), row)
        else:
            yield (f"{PROBLEM_KEY}{row[1]}#{n}", row)


def first_origin(a: tuple[Any, ...], b: tuple[Any, ...]) -> tuple[Any, ...]:
    """Of two rows with the same key, the one with the smaller origin (deterministic)."""
    return a if (a[1] or "") <= (b[1] or "") else b


class PartitionWriter:
    """The Parquet files of one partition: ``<out>/<table>/part-<index>.parquet`` for
    every table, written with pyarrow in row groups of about ``ROW_GROUP`` article
    records (so a large partition never sits whole in memory). A table without rows
    gets a file only from partition 0 (every table directory then holds its schema).
    On a local file system each file is written under a hidden name and renamed when
    complete, so a retried task replaces it whole."""

    def __init__(self, out: str, index: int, row_group: int = ROW_GROUP, attempt: int = 0) -> None:
        self.fs, self.base = output_fs(out)
        self.index = index
        self.attempt = attempt  # the task attempt: two attempts never share a temporary file
        self.row_group = row_group
        self.rows: dict[str, list[dict[str, Any]]] = {t: [] for t in OUT_TABLES}
        self.writers: dict[str, Any] = {}
        self.counts = dict.fromkeys(OUT_TABLES, 0)
        self.pending = 0
        self.seconds = 0.0  # spent converting and writing

    def add(self, rows: dict[str, list[dict[str, Any]]]) -> None:
        for table, table_rows in rows.items():
            self.rows[table].extend(table_rows)
            self.counts[table] += len(table_rows)
        self.pending += 1
        if self.pending >= self.row_group:
            self.flush()

    def flush(self) -> None:
        t = time.perf_counter()
        for table, table_rows in self.rows.items():
            if table_rows:
                self._writer(table).write_table(pa.Table.from_pylist(table_rows, schema=OUT_SCHEMAS[table]))
                table_rows.clear()
        self.pending = 0
        self.seconds += time.perf_counter() - t

    def close(self) -> dict[str, int]:
        self.flush()
        t = time.perf_counter()
        if self.index == 0:
            for table in OUT_TABLES:
                self._writer(table)
        for writer, sink, tmp, final in self.writers.values():
            writer.close()
            sink.close()
            if tmp != final:
                self.fs.move(tmp, final)
        self.seconds += time.perf_counter() - t
        return self.counts

    def _writer(self, table: str) -> Any:
        import pyarrow.parquet as pq

        if table not in self.writers:
            folder = f"{self.base}/{table}"
            self.fs.create_dir(folder, recursive=True)
            final = f"{folder}/part-{self.index:05d}.parquet"
            local = self.fs.type_name == "local"
            tmp = f"{folder}/.part-{self.index:05d}-{self.attempt}.parquet.tmp" if local else final
            sink = self.fs.open_output_stream(tmp)
            writer = pq.ParquetWriter(sink, OUT_SCHEMAS[table])
            self.writers[table] = (writer, sink, tmp, final)
        return self.writers[table][0]


def output_fs(out: str) -> tuple[Any, str]:
    """The pyarrow file system and base path of an output directory: a local path, or
    a URI pyarrow knows (``s3://``; ``s3a://`` and ``s3n://`` are read as ``s3://``;
    ``gs://``, ``hdfs://``, ``abfs://`` ...)."""
    from pyarrow import fs

    if "://" not in out:
        return fs.LocalFileSystem(), str(Path(out).resolve())
    scheme, rest = out.split("://", 1)
    if scheme in ("s3a", "s3n"):
        out = f"s3://{rest}"
    filesystem, path = fs.FileSystem.from_uri(out)
    return filesystem, path.rstrip("/")


def clear_output(out: str) -> None:
    """Remove the table directories a previous run left under ``out``."""
    from pyarrow import fs

    filesystem, base = output_fs(out)
    for table in OUT_TABLES:
        folder = f"{base}/{table}"
        if filesystem.get_file_info(folder).type == fs.FileType.Directory:
            filesystem.delete_dir(folder)


def mark_success(out: str) -> None:
    """An empty ``_SUCCESS`` file in every table directory, as Spark's own writers leave."""
    filesystem, base = output_fs(out)
    for table in OUT_TABLES:
        filesystem.create_dir(f"{base}/{table}", recursive=True)
        with filesystem.open_output_stream(f"{base}/{table}/_SUCCESS"):
            pass


def extract_partition(index: int, pairs: Iterable[tuple[str, tuple[Any, ...]]],
                      out: str) -> Iterator[dict[str, Any]]:
    """Extract every article of a partition and write the rows of its records (and its
    problems: unreadable inputs, failed extractions) to the partition's Parquet files.
    Yields one small dict: the row counts and where the task's time went."""
    from khabar.record import Meta

    clock = time.perf_counter
    t0, c0 = clock(), time.process_time()
    fresh = not executor_pipeline.cache_info().currsize
    nlp = executor_pipeline()
    t1 = clock()
    from pyspark import TaskContext

    ctx = TaskContext.get()
    writer = PartitionWriter(out, index, attempt=ctx.taskAttemptId() if ctx else 0)
    for _key, row in pairs:
        if row[0] != "item":
            writer.add({"problems": [{"origin": row[1], "reason": row[2]}]})
            continue
        meta = Meta(source=row[3], url=row[4], title=row[5], published=row[6], paper=row[7])
        try:
            article = nlp(row[2], meta)
        except Exception as exc:  # one bad article must not stop the job
            writer.add({"problems": [{"origin": row[1], "reason": f"extraction failed: {exc}"}]})
            continue
        writer.add(rows_from_record(article.to_dict()))
    counts: dict[str, Any] = dict(writer.close())
    t2 = clock()
    counts.update(index=index, pid=os.getpid(), loads=int(fresh), load_s=t1 - t0, start=t0, end=t2,
                  extract_s=t2 - t1 - writer.seconds, write_s=writer.seconds,
                  cpu_s=time.process_time() - c0)
    yield counts


# JVM options for local mode, where the JVM only schedules tasks and moves the shuffle
# while Python workers do the work: no C2 compiler and a single-threaded collector,
# so the JVM's compile and GC threads leave the cores to the workers
LOCAL_JAVA_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"


def session(master: str | None = None, app: str = "khabar") -> Any:
    """A Spark session for the job: Python workers forked from ``khabar.spark.daemon``
    (the pipeline loaded once per executor); for a ``local`` master, the JVM options
    of ``LOCAL_JAVA_OPTIONS`` unless ``spark.driver.extraJavaOptions`` is set."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
        if master.startswith("local") and "spark.driver.extraJavaOptions" not in os.environ.get(
            "PYSPARK_SUBMIT_ARGS", ""
        ):
            builder = builder.config("spark.driver.extraJavaOptions", LOCAL_JAVA_OPTIONS)
    return (
        builder.config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.python.daemon.module", "khabar.spark.daemon")
        .getOrCreate()
    )


def read_files(spark: Any, inputs: list[str]) -> Any:
    """A DataFrame (path, content) of every file under ``inputs``: Spark's
    ``binaryFile`` source, recursive (names starting with ``_`` or ``.`` skipped), so
    local paths and object storage read alike. Reading is cheap next to extraction;
    the shuffle after it spreads the articles over every core."""
    return (
        spark.read.format("binaryFile")
        .option("recursiveFileLookup", "true")
        .load(inputs)
        .select("path", "content")
    )


def read_partition(files: Iterable[Any], split: bool, acc: Any) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """The keyed articles of a partition of input files. The worker loads its pipeline
    here, before the shuffle, so that loading overlaps the other workers' reading
    (every reading worker extracts next, and keeps the pipeline for it)."""
    clock = time.perf_counter
    t, cpu = clock(), time.process_time()
    fresh = not executor_pipeline.cache_info().currsize
    executor_pipeline()
    loaded = clock()
    n = 0
    for path, data in files:  # rows of read_files' DataFrame
        for pair in keyed_articles(path, bytes(data), split):
            n += 1
            yield pair
    used = time.process_time() - cpu
    acc.add({"load_s": loaded - t if fresh else 0.0, "loads": int(fresh),
             "read_s": clock() - loaded, "read_tasks": 1, "keyed": n, "cpu_s": used,
             f"pid:{os.getpid()}": used})


class StatsParam:
    """An accumulator's parameter (pyspark's ``AccumulatorParam`` interface): dicts of
    numbers, added key by key."""

    @staticmethod
    def zero(value: dict[str, float]) -> dict[str, float]:
        return {}

    @staticmethod
    def addInPlace(a: dict[str, float], b: dict[str, float]) -> dict[str, float]:
        for k, v in b.items():
            a[k] = a.get(k, 0) + v
        return a


def worker_cpu(read: dict[str, float], parts: list[dict[str, Any]]) -> list[float]:
    """CPU seconds of each Python worker in the job (reading and extracting), largest
    first: with one core per worker, the largest bounds the job's time."""
    per: dict[str, float] = {k[4:]: v for k, v in read.items() if k.startswith("pid:")}
    for p in parts:
        per[str(p["pid"])] = per.get(str(p["pid"]), 0.0) + p["cpu_s"]
    return sorted((round(v, 3) for v in per.values()), reverse=True)


def run_job(spark: Any, inputs: list[str], out: str, split: bool = False,
            partitions: int | None = None, stats: dict[str, Any] | None = None) -> dict[str, int]:
    """Read ``inputs``, extract, write the tables under ``out``; return the row counts.

    Two stages and one shuffle: the input files are read and cut into articles, keyed
    by the hash of their text; the shuffle deduplicates them and spreads them over the
    extraction partitions in the same step, so a text seen twice is extracted once.
    Each extraction partition writes its own Parquet files with pyarrow and sends back
    only its row counts: the records never pass through the JVM (no result DataFrame, no
    Arrow or pickle conversion of the results) and the driver collects only counts.
    ``stats``, when given, receives where the time went (seconds per step, summed
    over the workers where marked ``_sum``)."""
    sc = spark.sparkContext
    n = partitions or TASKS_PER_CORE * sc.defaultParallelism
    clock = time.perf_counter
    t0 = clock()
    clear_output(out)
    acc = sc.accumulator({}, StatsParam())
    parts = (
        read_files(spark, inputs)
        .rdd.mapPartitions(lambda files: read_partition(files, split, acc))
        .reduceByKey(first_origin, numPartitions=n)
        .mapPartitionsWithIndex(lambda i, it: extract_partition(i, it, out))
        .collect()
    )
    mark_success(out)
    t1 = clock()
    counts = {t: sum(p[t] for p in parts) for t in OUT_TABLES}
    if stats is not None:
        read = acc.value
        first = min((p["start"] for p in parts), default=t1)
        stats.update(
            job_s=t1 - t0,
            read_and_shuffle_s=first - t0,  # up to the first extraction task's start
            extract_and_write_s=t1 - first,
            read_tasks=read.get("read_tasks", 0),
            read_s_sum=read.get("read_s", 0.0),
            read_cpu_s_sum=read.get("cpu_s", 0.0),
            pipeline_loads=read.get("loads", 0) + sum(p["loads"] for p in parts),
            pipeline_load_s_sum=read.get("load_s", 0.0) + sum(p["load_s"] for p in parts),
            extract_tasks=len(parts),
            extract_s_sum=sum(p["extract_s"] for p in parts),
            extract_cpu_s_sum=sum(p["cpu_s"] for p in parts),
            extract_cpu_s_max=max((p["cpu_s"] for p in parts), default=0.0),
            write_s_sum=sum(p["write_s"] for p in parts),
            extract_task_s=[round(p["end"] - p["start"], 3) for p in parts],
            worker_cpu_s=worker_cpu(read, parts),
        )
    return counts


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="khabar.spark.job", description=__doc__.split("\n\n")[0])
    add_arguments(p)
    args = p.parse_args(argv)
    return run(args)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="PATH", help="files or directories (any Hadoop URI)")
    p.add_argument("--out", required=True, help="output directory for the Parquet tables")
    p.add_argument("--master", default=None, help="Spark master (default: from spark-submit)")
    p.add_argument("--split", action="store_true", help="split .txt files into stories at 2+ blank lines")
    p.add_argument("--partitions", type=int, default=None, help="extraction partitions (default: "
                   f"{TASKS_PER_CORE} per core, so that the cores finish together)")


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    inputs = [str(Path(i).resolve()) if "://" not in i else i for i in args.inputs]
    spark = session(args.master)
    try:
        counts = run_job(spark, inputs, args.out, split=args.split, partitions=args.partitions)
    finally:
        spark.stop()
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    # run the importable module's main so that executors can unpickle its functions
    from khabar.spark.job import main as _main

    sys.exit(_main())
