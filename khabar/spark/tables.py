"""The Parquet tables khabar writes from a corpus, and the way back to records.

A record (``khabar.article/1``) becomes one row of ``articles`` plus rows of
``entities``, ``quotes``, ``amounts`` and ``dates`` keyed by ``article_id`` (and
``idx``, the position in the record's list). The columns are the record's fields, with
the same names and types; nested lists stay nested (mentions, roles, spans).
``records_from_tables`` rebuilds records from the tables, equal to the originals.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

TABLES = ("articles", "entities", "quotes", "amounts", "dates")

_SPAN = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])
_OFFSETS = pa.struct([("start", pa.int64()), ("end", pa.int64())])
_ROLE = pa.struct(
    [
        ("title", pa.string()),
        ("org", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("text", pa.string()),
        ("region", pa.string()),
    ]
)

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            ("id", pa.string()),
            ("schema", pa.string()),
            ("source", pa.string()),
            ("url", pa.string()),
            ("title", pa.string()),
            ("published", pa.string()),
            ("paper", pa.string()),
            ("text", pa.string()),
            ("dateline", _SPAN),
            ("headings", pa.list_(_SPAN)),
            ("paragraphs", pa.list_(_SPAN)),
            ("sentences", pa.list_(_OFFSETS)),
        ]
    ),
    "entities": pa.schema(
        [
            ("article_id", pa.string()),
            ("idx", pa.int32()),
            ("id", pa.string()),
            ("type", pa.string()),
            ("name", pa.string()),
            ("latin", pa.string()),
            ("mentions", pa.list_(_SPAN)),
            ("roles", pa.list_(_ROLE)),
        ]
    ),
    "quotes": pa.schema(
        [
            ("article_id", pa.string()),
            ("idx", pa.int32()),
            ("speaker", pa.string()),
            ("speaker_text", pa.string()),
            ("kind", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("text", pa.string()),
            ("verb", pa.string()),
            ("reported_by", pa.string()),
            ("speaker_start", pa.int64()),
            ("speaker_end", pa.int64()),
            ("amounts", pa.list_(pa.int64())),
        ]
    ),
    "amounts": pa.schema(
        [
            ("article_id", pa.string()),
            ("idx", pa.int32()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("value", pa.float64()),
            ("text", pa.string()),
            ("value_max", pa.float64()),
            ("unit", pa.string()),
            ("approx", pa.bool_()),
        ]
    ),
    "dates": pa.schema(
        [
            ("article_id", pa.string()),
            ("idx", pa.int32()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("text", pa.string()),
            ("value", pa.string()),
        ]
    ),
}

_META = ("source", "url", "title", "published", "paper")


def rows_from_record(rec: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Rows of every table for one record dict (``Article.to_dict()``)."""
    aid = rec["id"]
    article = {
        "id": aid,
        "schema": rec["schema"],
        **{k: rec["meta"].get(k) for k in _META},
        "text": rec["text"],
        "dateline": rec["dateline"],
        "headings": rec["headings"],
        "paragraphs": rec["paragraphs"],
        "sentences": rec["sentences"],
    }
    out: dict[str, list[dict[str, Any]]] = {"articles": [article]}
    for table in ("entities", "quotes", "amounts", "dates"):
        out[table] = [{"article_id": aid, "idx": i, **item} for i, item in enumerate(rec[table])]
    for row in out["amounts"]:  # the columns are doubles; a record may hold ints
        for k in ("value", "value_max"):
            if row[k] is not None:
                row[k] = float(row[k])
    return out


def write_tables(rows: dict[str, list[dict[str, Any]]], out_dir: str | Path, part: str) -> None:
    """Write one Parquet file per table under ``out_dir/<table>/part-<part>.parquet``."""
    for table in TABLES:
        d = Path(out_dir) / table
        d.mkdir(parents=True, exist_ok=True)
        arrow = pa.Table.from_pylist(rows.get(table, []), schema=SCHEMAS[table])
        pq.write_table(arrow, d / f"part-{part}.parquet")


def read_table(out_dir: str | Path, table: str) -> list[dict[str, Any]]:
    d = Path(out_dir) / table
    files = sorted(d.glob("*.parquet"))
    if not files:
        return []
    return pq.ParquetDataset([str(f) for f in files]).read().to_pylist()


def records_from_tables(out_dir: str | Path) -> Iterator[dict[str, Any]]:
    """Rebuild ``khabar.article/1`` dicts from the tables, in article-id order."""
    children: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for table in ("entities", "quotes", "amounts", "dates"):
        for row in read_table(out_dir, table):
            aid = row.pop("article_id")
            children.setdefault(aid, {}).setdefault(table, []).append(row)
    for art in sorted(read_table(out_dir, "articles"), key=lambda r: r["id"]):
        kids = children.get(art["id"], {})
        rec: dict[str, Any] = {
            "schema": art["schema"],
            "id": art["id"],
            "meta": {k: art[k] for k in _META},
            "text": art["text"],
            "dateline": art["dateline"],
            "headings": art["headings"],
            "paragraphs": art["paragraphs"],
            "sentences": art["sentences"],
        }
        for table in ("entities", "quotes", "amounts", "dates"):
            items = sorted(kids.get(table, []), key=lambda r: r.pop("idx"))
            rec[table] = items
        for e in rec["entities"]:
            e.pop("idx", None)
        yield _tidy(rec)


def _tidy(rec: dict[str, Any]) -> dict[str, Any]:
    """Undo Parquet's typing: integral floats back to ints where the record had ints."""
    for a in rec["amounts"]:
        for k in ("value", "value_max"):
            v = a.get(k)
            if isinstance(v, float) and v.is_integer():
                a[k] = int(v)
    return rec
