"""``khabar spark`` (run the Spark job locally) and ``khabar load`` (Parquet tables into
the SQLite store)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    from khabar.spark.job import add_arguments

    p = sub.add_parser(
        "spark",
        help="extract a corpus with Apache Spark into Parquet tables",
        description="Run khabar's Spark job (khabar.spark.job) in local mode; on a cluster "
        "use spark-submit with the same arguments.",
    )
    add_arguments(p)
    p.set_defaults(func=_spark, master_default="local[*]")
    q = sub.add_parser("load", help="load Parquet tables written by khabar spark into the store")
    q.add_argument("tables", metavar="PARQUET", help="directory written by khabar spark")
    q.add_argument("--db", default="khabar.db", help="SQLite store (default: khabar.db)")
    q.set_defaults(func=_load)


def _spark(args: argparse.Namespace) -> int:
    from khabar.spark.job import run

    if not args.master:
        args.master = args.master_default
    return run(args)


def _load(args: argparse.Namespace) -> int:
    from pathlib import Path

    from khabar.cli import UsageError
    from khabar.record import Article
    from khabar.spark.tables import records_from_tables
    from khabar.store.db import Store
    from khabar.store.profiles import ProfileBuilder

    if not (Path(args.tables) / "articles").is_dir():
        raise UsageError(f"{args.tables}: no articles table (expected {args.tables}/articles/)")
    added = present = 0
    with Store(args.db) as store:
        for rec in records_from_tables(args.tables):
            if store.add(Article.from_dict(rec), origin=rec["meta"].get("source")):
                added += 1
            else:
                present += 1
        ProfileBuilder(store.names).rebuild(store.conn)
    print(f"loaded {added} new articles ({present} already stored) into {args.db}")
    return 0
