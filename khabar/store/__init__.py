"""The corpus store: SQLite (WAL) with versioned migrations.

- ``schema``: the tables (articles and every part of their records, FTS5 indexes,
  people/organisation profiles) as numbered migrations;
- ``db``: connections (read-write with migrations, read-only ``mode=ro``) and ``Store``,
  which writes each article in one transaction, keyed by its content hash;
- ``names``: the text folding shared by indexing and queries (NFC, no joiners, no nukta)
  and name keys in both scripts (``khabar.translit``);
- ``profiles``: one profile per real person or organisation across articles;
- ``queries``: search, name lookup, profiles, quotes, articles (for the CLI and web UI);
- ``export``: JSON Lines, CSV, Parquet;
- ``commands``/``render``: ``khabar ingest|search|who|quotes|export|serve``.
"""
