"""khabar on Apache Spark: files → articles → records → Parquet tables.

Run on a cluster with spark-submit (the khabar package must be installed on every
executor, e.g. shipped as a wheel with ``--py-files`` or in the executors' image)::

    spark-submit --master yarn -m khabar.spark.job s3a://bucket/news/ --out s3a://bucket/khabar/

or locally with ``khabar spark PATH... --out DIR [--master local[2]]``.

Stages: every input file is read as bytes by Spark (``binaryFile``, recursive, so object
storage works), turned into articles by khabar's own readers (text / JSONL / CSV / HTML /
FIRE XML / WARC, as ``khabar ingest`` reads them) in the executors, deduplicated by
content hash, and extracted with one ``Pipeline`` per Python worker (loaded once,
reused for every partition it processes). The records are written as the Parquet tables
of ``khabar.spark.tables`` (articles, entities, quotes, amounts, dates) plus ``problems``
(files or records that could not be read, with the reason).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa

from khabar.spark.tables import SCHEMAS, TABLES, rows_from_record

# keys of failed extractions in the (id, record) pairs; never a hex article id
PROBLEM_KEY = "!problem:"


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


def extract_partition(pairs: Iterable[tuple[str, tuple[Any, ...]]]) -> Iterator[tuple[str, Any]]:
    """("record", nested row) for every article of a partition; ("problem", (origin,
    reason)) for every unreadable input and every article whose extraction failed."""
    from khabar.record import Meta

    nlp = executor_pipeline()
    for _key, row in pairs:
        if row[0] != "item":
            yield ("problem", (row[1], row[2]))
            continue
        meta = Meta(source=row[3], url=row[4], title=row[5], published=row[6], paper=row[7])
        try:
            article = nlp(row[2], meta)
        except Exception as exc:  # one bad article must not stop the job
            yield ("problem", (row[1], f"extraction failed: {exc}"))
            continue
        yield ("record", nested_row(article.to_dict()))


def spark_type(t: pa.DataType) -> Any:
    """The Spark SQL type for an Arrow type used in ``SCHEMAS``."""
    from pyspark.sql import types as T

    if pa.types.is_string(t):
        return T.StringType()
    if pa.types.is_int64(t):
        return T.LongType()
    if pa.types.is_int32(t):
        return T.IntegerType()
    if pa.types.is_float64(t):
        return T.DoubleType()
    if pa.types.is_boolean(t):
        return T.BooleanType()
    if pa.types.is_list(t):
        return T.ArrayType(spark_type(t.value_type))
    if pa.types.is_struct(t):
        return T.StructType([T.StructField(f.name, spark_type(f.type)) for f in t])
    raise TypeError(f"no Spark type for {t}")


_CHILD_TABLES = ("entities", "quotes", "amounts", "dates")


def nested_schema() -> Any:
    """One row per article: the articles columns plus the child tables as nested lists."""
    from pyspark.sql import types as T

    fields = [T.StructField(f.name, spark_type(f.type)) for f in SCHEMAS["articles"]]
    for table in _CHILD_TABLES:
        item = T.StructType(
            [
                T.StructField(f.name, spark_type(f.type))
                for f in SCHEMAS[table]
                if f.name not in ("article_id", "idx")
            ]
        )
        fields.append(T.StructField(table, T.ArrayType(item)))
    return T.StructType(fields)


def nested_row(record: dict[str, Any]) -> tuple[Any, ...]:
    """The nested row of one record dict, its fields in ``nested_schema`` order."""
    rows = rows_from_record(record)
    article = rows["articles"][0]
    out: list[Any] = [article[f.name] for f in SCHEMAS["articles"]]
    for table in _CHILD_TABLES:
        names = [f.name for f in SCHEMAS[table] if f.name not in ("article_id", "idx")]
        out.append([tuple(r[k] for k in names) for r in rows[table]])
    return tuple(out)


def session(master: str | None = None, app: str = "khabar") -> Any:
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    return (
        builder.config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )


def run_job(spark: Any, inputs: list[str], out: str, split: bool = False,
            partitions: int | None = None) -> dict[str, int]:
    """Read ``inputs``, extract, write the tables under ``out``; return row counts.

    One shuffle: the articles, keyed by the hash of their text, are deduplicated and
    spread over the extraction partitions in the same step, so a text seen twice is
    extracted once. Each record comes back from Python once, as one nested row; the
    tables are cut out of those rows inside the JVM (posexplode)."""
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    files = (
        spark.read.format("binaryFile")
        .option("recursiveFileLookup", "true")
        .load(inputs)
        .select("path", "content")
    )
    n = partitions or max(2, spark.sparkContext.defaultParallelism)
    results = (
        files.rdd.flatMap(lambda r: keyed_articles(r[0], bytes(r[1]), split))
        .reduceByKey(first_origin, numPartitions=n)
        .mapPartitions(extract_partition)
        .cache()
    )
    good = results.filter(lambda kv: kv[0] == "record").values()
    nested = spark.createDataFrame(good, schema=nested_schema(), verifySchema=False).cache()
    sizes = nested.select(
        F.count(F.lit(1)), *[F.sum(F.size(t)) for t in _CHILD_TABLES]
    ).first()
    counts: dict[str, int] = {"articles": int(sizes[0])}
    counts.update({t: int(sizes[i + 1] or 0) for i, t in enumerate(_CHILD_TABLES)})
    for table in TABLES:
        if table == "articles":
            df = nested.select(*[f.name for f in SCHEMAS["articles"]])
        else:
            df = nested.select(
                F.col("id").alias("article_id"), F.posexplode(table).alias("idx", "item")
            ).select("article_id", "idx", "item.*")
        df.write.mode("overwrite").parquet(os.path.join(out, table))
    nested.unpersist()
    problems = results.filter(lambda kv: kv[0] == "problem").values()
    schema = T.StructType([T.StructField("origin", T.StringType()), T.StructField("reason", T.StringType())])
    problems_df = spark.createDataFrame(problems, schema=schema).cache()
    problems_df.write.mode("overwrite").parquet(os.path.join(out, "problems"))
    counts["problems"] = problems_df.count()
    problems_df.unpersist()
    results.unpersist()
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
    p.add_argument("--partitions", type=int, default=None, help="extraction partitions")


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
