"""Commands for the corpus store: ``ingest``, ``search``, ``who``, ``quotes``, ``export``,
``serve``. All read and write one SQLite file (``--db``, default ``$KHABAR_DB`` or
``khabar.db``). Query commands print rich tables on a terminal and JSON with ``--json``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

DEFAULT_DB = "khabar.db"


def _db_default() -> str:
    return os.environ.get("KHABAR_DB") or DEFAULT_DB


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ingest",
        help="load articles into the corpus store",
        description="Read articles from files and directories, extract them (in parallel) "
        "and store them. Formats: .txt, .html, .jsonl/.json, .csv/.tsv, FIRE-2018 .xml, "
        ".warc(.gz); directories are read recursively (documentation files are skipped) "
        "and their .txt files are split into stories at 2+ blank lines. Articles already "
        "stored (same text) are skipped, so running it again adds nothing new.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    _db_arg(p)
    p.add_argument("--jobs", "-j", type=int, default=None,
                   help="worker processes for extraction (default: the number of cores)")
    split = p.add_mutually_exclusive_group()
    split.add_argument("--split", dest="split", action="store_const", const="always",
                       help="split every .txt file into stories at 2+ blank lines")
    split.add_argument("--no-split", dest="split", action="store_const", const="never",
                       help="treat every .txt file as one article, also inside directories")
    p.set_defaults(split="auto")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    p.set_defaults(func=run_ingest)

    p = sub.add_parser("search", help="full-text search over articles and quotes",
                       description="Search articles and quotes. Words are ANDed; \"two "
                       "words\" is a phrase; word* matches word beginnings (अल्पसंख्यक* finds "
                       "अल्पसंख्यकों). Names in Latin letters find people in Devanagari.")
    p.add_argument("query")
    _db_arg(p)
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_search)

    p = sub.add_parser("who", help="the profile of a person or organisation",
                       description="Show a person's or organisation's profile: name variants, "
                       "posts over time, quotes, people they appear with, articles. NAME may be "
                       "in Devanagari or Latin letters.")
    p.add_argument("name", nargs="?")
    p.add_argument("--id", type=int, help="a profile id (from a list of candidates)")
    _db_arg(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_who)

    p = sub.add_parser("quotes", help="quotes by speaker, date and words")
    p.add_argument("--speaker", help="speaker name (Devanagari or Latin)")
    p.add_argument("--since", help="published on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--until", help="published on or before")
    p.add_argument("--contains", help="words the quote contains (search syntax)")
    p.add_argument("--limit", type=int, default=100)
    _db_arg(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_quotes)

    from khabar.store.export import CHOICES, FORMATS

    p = sub.add_parser("export", help="write the store as JSONL, CSV or Parquet")
    p.add_argument("--format", choices=FORMATS, default="jsonl")
    p.add_argument("--table", choices=CHOICES, default=None,
                   help="what to export (default: records for jsonl/parquet, articles for csv)")
    p.add_argument("--output", "-o", help="output file (default: stdout; needed for parquet)")
    _db_arg(p)
    p.set_defaults(func=run_export)

    p = sub.add_parser("serve", help="web UI and JSON API over the store (read-only)")
    _db_arg(p)
    p.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(func=run_serve)


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=_db_default(),
                   help="SQLite database file (default: $KHABAR_DB or khabar.db)")


def _usage(msg: str) -> Exception:
    from khabar.cli import UsageError

    return UsageError(msg)


def _open(args: argparse.Namespace) -> Any:
    from khabar.store.db import StoreError, connect_readonly

    try:
        conn = connect_readonly(args.db)
    except StoreError as exc:
        raise _usage(str(exc)) from None
    row = conn.execute("SELECT value FROM state WHERE key = 'profiles_dirty'").fetchone()
    if row and row[0] == "1":
        print("khabar: profiles are out of date (an ingest was interrupted); "
              "run khabar ingest again to rebuild them", file=sys.stderr)
    return conn


def _dump(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def run_ingest(args: argparse.Namespace) -> int:
    from khabar.ingest.runner import Ingester, IngestError
    from khabar.store.db import StoreError
    from khabar.store.render import IngestProgress, print_ingest_report

    if args.jobs is not None and args.jobs < 1:
        raise _usage("--jobs must be at least 1")
    show = not args.quiet and sys.stderr.isatty()
    try:
        with IngestProgress(enabled=show) as progress:
            report = Ingester(args.db, jobs=args.jobs, split=args.split,
                              progress=progress.update).run(args.paths)
    except (StoreError, IngestError) as exc:
        raise _usage(str(exc)) from None
    if args.json:
        _dump(report.to_dict())
    else:
        print_ingest_report(report, args.db)
    if report.interrupted:
        return 130
    return 1 if report.problems and not report.added and not report.present else 0


def run_search(args: argparse.Namespace) -> int:
    from khabar.store import queries
    from khabar.store.names import NameTools
    from khabar.store.render import print_search

    conn = _open(args)
    res = queries.search(conn, NameTools(), args.query, limit=args.limit)
    if args.json:
        _dump(res)
    else:
        print_search(res)
    return 0 if any(res[k] for k in ("people", "orgs", "articles", "quotes")) else 1


def run_who(args: argparse.Namespace) -> int:
    from khabar.store import queries
    from khabar.store.names import NameTools
    from khabar.store.render import print_candidates, print_profile

    if args.id is None and not args.name:
        raise _usage("who needs a NAME or --id")
    conn = _open(args)
    names = NameTools()
    if args.id is not None:
        prof = queries.profile(conn, names, args.id)
        if prof is None:
            raise _usage(f"no profile with id {args.id}")
    else:
        cands = queries.resolve(conn, names, args.name)
        if not cands:
            print(f"khabar: nobody named {args.name!r} in {args.db}", file=sys.stderr)
            return 1
        one = queries.pick(cands, args.name)
        if one is None:
            if args.json:
                _dump({"query": args.name, "candidates": cands})
            else:
                print_candidates(args.name, cands)
            return 0
        prof = queries.profile(conn, names, one["id"])
        others = [c for c in cands if c["id"] != one["id"]]
        if others and not args.json:
            print(f"khabar: {len(others)} other profile{'s' if len(others) > 1 else ''} "
                  f"match {args.name!r}: " + ", ".join(
                      f"{c['name']} (--id {c['id']})" for c in others[:5]), file=sys.stderr)
    assert prof is not None  # resolve only returns stored profiles
    if args.json:
        _dump(prof)
    else:
        print_profile(prof)
    return 0


def run_quotes(args: argparse.Namespace) -> int:
    from khabar.store import queries
    from khabar.store.names import NameTools
    from khabar.store.render import print_quotes

    conn = _open(args)
    try:
        res = queries.quotes(conn, NameTools(), speaker=args.speaker, since=args.since,
                             until=args.until, contains=args.contains, limit=args.limit)
    except ValueError as exc:
        raise _usage(str(exc)) from None
    if args.json:
        _dump(res)
    else:
        print_quotes(res)
    return 0 if res else 1


def run_export(args: argparse.Namespace) -> int:
    from khabar.store.export import export

    table = args.table or ("articles" if args.format == "csv" else "records")
    if args.format == "parquet" and not args.output:
        raise _usage("parquet is binary: give an output file with --output")
    conn = _open(args)
    try:
        if args.output:
            mode = "wb" if args.format == "parquet" else "w"
            kw: dict[str, Any] = {} if mode == "wb" else {"encoding": "utf-8", "newline": ""}
            with open(args.output, mode, **kw) as out:
                n = export(conn, args.format, table, out)
        else:
            n = export(conn, args.format, table, sys.stdout)
    except ValueError as exc:
        raise _usage(str(exc)) from None
    except OSError as exc:
        raise _usage(f"{args.output}: {exc.strerror or exc}") from None
    print(f"exported {n} {table} rows", file=sys.stderr)
    return 0


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from khabar.store.db import StoreError
    from khabar.web.app import create_app

    try:
        app = create_app(args.db)
    except StoreError as exc:
        raise _usage(str(exc)) from None
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"khabar: serving on {args.host}: other machines can read this corpus",
              file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
