"""Opening the SQLite store: WAL, migrations, read-only connections, article writes.

``Store`` is the writer: ``add(article)`` stores one record and everything derived from
it (rows for entities, mentions, roles, quotes, amounts, dates, FTS entries) in one
transaction, so a crash at any moment leaves each article either fully stored or absent.
Articles are keyed by ``Article.id`` (the content hash), which makes ingest idempotent.
``connect_readonly`` opens a ``mode=ro`` connection for queries and the web server; in
WAL mode readers never wait for a writer.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from khabar.record import Article
from khabar.store.names import NameTools
from khabar.store.schema import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 30_000


class StoreError(Exception):
    """A store that cannot be opened or used; the message says why in one line."""


def connect(path: str | Path) -> sqlite3.Connection:
    """A read-write connection with the schema migrated to the current version."""
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a database file")
    if not path.parent.exists():
        raise StoreError(f"{path.parent}: no such directory")
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a khabar database ({exc})") from None
    return conn


def connect_readonly(path: str | Path) -> sqlite3.Connection:
    """A read-only connection (``mode=ro``); the database must exist and be current."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"{path}: no such database (run khabar ingest first)")
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                               check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        version = schema_version(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a khabar database ({exc})") from None
    if version != SCHEMA_VERSION:
        raise StoreError(
            f"{path}: database schema version {version}, this khabar reads {SCHEMA_VERSION}"
            + (" (run khabar ingest to upgrade it)" if version < SCHEMA_VERSION else "")
        )
    conn.row_factory = sqlite3.Row
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    has = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'"
    ).fetchone()
    if not has:
        return 0
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations the database lacks, each in its own transaction."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TEXT)"
    )
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"database schema version {version} is newer than this khabar ({SCHEMA_VERSION})"
        )
    for v in range(version, SCHEMA_VERSION):
        conn.executescript(
            "BEGIN IMMEDIATE;\n"
            + MIGRATIONS[v]
            + f"\nINSERT INTO schema_version VALUES ({v + 1}, '{_now()}');\nCOMMIT;"
        )
    return SCHEMA_VERSION


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Store:
    """The writer side of the store."""

    def __init__(self, path: str | Path, names: NameTools | None = None) -> None:
        self.path = Path(path)
        self.conn = connect(self.path)
        self.names = names or NameTools()

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def has(self, article_id: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
            is not None
        )

    def known_ids(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT id FROM articles")}

    def count(self, table: str = "articles") -> int:
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}")
        return int(self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    def get_state(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def add(self, article: Article, origin: str | None = None) -> bool:
        """Store one article in one transaction; False when it was already there."""
        return self.add_many([(article, origin)])[0]

    def add_many(self, batch: list[tuple[Article, str | None]]) -> list[bool]:
        """Store articles in one transaction (all or none); for each, whether it was
        new. Each article's rows are thus always written together."""
        c = self.conn
        added: list[bool] = []
        c.execute("BEGIN IMMEDIATE")
        try:
            for article, origin in batch:
                if c.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
                    added.append(False)
                    continue
                self._insert(article, origin)
                added.append(True)
            if any(added):
                c.execute("INSERT OR REPLACE INTO state VALUES ('profiles_dirty', '1')")
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise
        return added

    def _insert(self, a: Article, origin: str | None) -> None:
        c = self.conn
        fold = self.names.fold
        m = a.meta
        cur = c.execute(
            "INSERT INTO articles (id, text, title, url, source, paper, published, origin,"
            " ingested_at, record) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (a.id, a.text, m.title or display_title(a), m.url, m.source, m.paper, m.published,
             origin, _now(), a.to_json()),
        )
        art = cur.lastrowid
        c.execute(
            "INSERT INTO articles_fts (rowid, title, body) VALUES (?,?,?)",
            (art, fold(m.title or ""), fold(a.text)),
        )
        names = {e.id: e.name for e in a.entities}
        for e in a.entities:
            key = self.names.key(e.name) if e.type in ("PERSON", "ORG") else fold(e.name)
            c.execute(
                "INSERT OR IGNORE INTO entities VALUES (?,?,?,?,?,?)",
                (art, e.id, e.type, e.name, e.latin, key or fold(e.name)),
            )
            c.executemany(
                'INSERT INTO mentions (article, eid, start, "end", text) VALUES (?,?,?,?,?)',
                [(art, e.id, x.start, x.end, x.text) for x in e.mentions],
            )
            c.executemany(
                'INSERT INTO roles (article, eid, title, org, org_key, region, start, "end", text)'
                " VALUES (?,?,?,?,?,?,?,?,?)",
                [(art, e.id, r.title, r.org, self.names.key(r.org) if r.org else None,
                  r.region, r.start, r.end, r.text) for r in e.roles],
            )
        quote_of_amount: dict[int, int] = {}
        for i, q in enumerate(a.quotes):
            cur = c.execute(
                "INSERT INTO quotes (article, idx, speaker, speaker_text, kind, start, \"end\","
                " text, verb, reported_by, speaker_start, speaker_end)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (art, i, q.speaker, q.speaker_text, q.kind, q.start, q.end, q.text, q.verb,
                 q.reported_by, q.speaker_start, q.speaker_end),
            )
            speaker = names.get(q.speaker or "") or q.speaker_text or ""
            c.execute(
                "INSERT INTO quotes_fts (rowid, body, speaker) VALUES (?,?,?)",
                (cur.lastrowid, fold(q.text), fold(speaker)),
            )
            for k in q.amounts:
                quote_of_amount.setdefault(k, i)
        c.executemany(
            'INSERT INTO amounts (article, idx, start, "end", text, value, value_max, unit,'
            " approx, quote) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(art, i, x.start, x.end, x.text, x.value, x.value_max, x.unit, int(x.approx),
              quote_of_amount.get(i)) for i, x in enumerate(a.amounts)],
        )
        c.executemany(
            'INSERT INTO dates (article, idx, start, "end", text, value) VALUES (?,?,?,?,?,?)',
            [(art, i, x.start, x.end, x.text, x.value) for i, x in enumerate(a.dates)],
        )


def display_title(a: Article, limit: int = 120) -> str:
    """A title for lists when the source gave none: the first heading, else the
    start of the first sentence."""
    if a.headings and a.headings[0].start < 400:
        text = a.headings[0].text or a.text[a.headings[0].start : a.headings[0].end]
    elif a.sentences:
        text = a.text[a.sentences[0].start : a.sentences[0].end]
    else:
        text = a.text
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


TABLES = (
    "articles", "entities", "mentions", "roles", "quotes", "amounts", "dates",
    "profiles", "profile_names", "profile_members",
)
