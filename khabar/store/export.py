"""``khabar export``: the store as JSON Lines, CSV or Parquet.

``records`` are the full ``khabar.article/1`` records (JSON Lines or Parquet with nested
columns; ``khabar ingest`` reads such a JSONL file back without re-extracting). The
other tables are flat, one row per item, with the article id in each row.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from typing import IO, Any

FORMATS = ("jsonl", "csv", "parquet")

TABLES: dict[str, str] = {
    "articles": (
        "SELECT a.id, a.title, a.url, a.source, a.paper, a.published, a.origin,"
        " a.ingested_at, (SELECT COUNT(*) FROM entities e WHERE e.article = a.rowid)"
        " AS entities, (SELECT COUNT(*) FROM quotes q WHERE q.article = a.rowid) AS quotes,"
        " a.text FROM articles a ORDER BY a.rowid"
    ),
    "entities": (
        "SELECT a.id AS article, e.eid, e.type, e.name, e.latin, m.profile"
        " FROM entities e JOIN articles a ON a.rowid = e.article"
        " LEFT JOIN profile_members m ON m.article = e.article AND m.eid = e.eid"
        " ORDER BY e.article, e.eid"
    ),
    "mentions": (
        'SELECT a.id AS article, x.eid, x.start, x."end", x.text FROM mentions x'
        " JOIN articles a ON a.rowid = x.article ORDER BY x.article, x.start"
    ),
    "roles": (
        "SELECT a.id AS article, r.eid, e.name, m.profile, r.title, r.org, r.region,"
        ' r.start, r."end", r.text, a.published FROM roles r'
        " JOIN articles a ON a.rowid = r.article"
        " LEFT JOIN entities e ON e.article = r.article AND e.eid = r.eid"
        " LEFT JOIN profile_members m ON m.article = r.article AND m.eid = r.eid"
        " ORDER BY r.article, r.start"
    ),
    "quotes": (
        "SELECT a.id AS article, q.idx, q.speaker, e.name AS speaker_name, m.profile,"
        ' q.speaker_text, q.kind, q.verb, q.start, q."end", q.text, a.published'
        " FROM quotes q JOIN articles a ON a.rowid = q.article"
        " LEFT JOIN entities e ON e.article = q.article AND e.eid = q.speaker"
        " LEFT JOIN profile_members m ON m.article = q.article AND m.eid = q.speaker"
        " ORDER BY q.article, q.idx"
    ),
    "amounts": (
        'SELECT a.id AS article, x.idx, x.start, x."end", x.text, x.value, x.value_max,'
        " x.unit, x.approx, x.quote FROM amounts x JOIN articles a ON a.rowid = x.article"
        " ORDER BY x.article, x.idx"
    ),
    "dates": (
        'SELECT a.id AS article, x.idx, x.start, x."end", x.text, x.value FROM dates x'
        " JOIN articles a ON a.rowid = x.article ORDER BY x.article, x.idx"
    ),
    "people": "SELECT * FROM profiles WHERE type = 'PERSON' ORDER BY id",
    "orgs": "SELECT * FROM profiles WHERE type = 'ORG' ORDER BY id",
}
CHOICES = ("records", *TABLES)


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """The column names of a flat table (also when it has no rows)."""
    return [d[0] for d in conn.execute(TABLES[table] + " LIMIT 0").description]


def rows(conn: sqlite3.Connection, table: str) -> Iterator[dict[str, Any]]:
    if table == "records":
        for (rec,) in conn.execute("SELECT record FROM articles ORDER BY rowid"):
            yield json.loads(rec)
        return
    cur = conn.execute(TABLES[table])
    cols = [d[0] for d in cur.description]
    for r in cur:
        yield dict(zip(cols, r, strict=True))


def export(conn: sqlite3.Connection, fmt: str, table: str, out: IO[Any]) -> int:
    """Write a table in a format; returns the number of rows."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    if table not in CHOICES:
        raise ValueError(f"unknown table {table!r}")
    if fmt == "csv" and table == "records":
        raise ValueError("records are nested: export them as jsonl or parquet, "
                         "or choose a flat --table for CSV")
    n = 0
    if fmt == "jsonl":
        for r in rows(conn, table):
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=columns(conn, table))
        writer.writeheader()
        for r in rows(conn, table):
            writer.writerow(r)
            n += 1
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        data = list(rows(conn, table))
        pq.write_table(pa.Table.from_pylist(data), out)
        n = len(data)
    return n
