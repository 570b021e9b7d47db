"""The SQLite schema as numbered migrations.

``MIGRATIONS[i]`` takes a database from version ``i`` to ``i + 1``; the version
reached is recorded in ``schema_version``. Append new migrations, never edit old ones.

Offsets in ``mentions``, ``roles``, ``quotes``, ``amounts`` and ``dates`` are offsets into
``articles.text`` (the article as given), as in the ``khabar.article/1`` record. The
FTS tables index ``search_text`` of the same strings (see ``khabar.store.names``).
People and organisation profiles (``profiles``, ``profile_names``, ``profile_terms``,
``profile_members``) are derived data, rebuilt by ``khabar.store.profiles`` whenever
``state.profiles_dirty`` is set.
"""

from __future__ import annotations

FTS_TOKENIZE = "unicode61 remove_diacritics 0 categories 'L* M* N* Co'"

MIGRATIONS: list[str] = [
    # 1: articles and the records' parts, FTS, profiles
    f"""
    CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT);
    CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL,
        title TEXT,
        url TEXT,
        source TEXT,
        paper TEXT,
        published TEXT,
        origin TEXT,
        ingested_at TEXT NOT NULL,
        record TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE TABLE entities (
        article INTEGER NOT NULL REFERENCES articles(rowid),
        eid TEXT NOT NULL,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        latin TEXT,
        key TEXT NOT NULL,
        PRIMARY KEY (article, eid)
    ) WITHOUT ROWID;
    CREATE INDEX entities_key ON entities(type, key);
    CREATE TABLE mentions (
        article INTEGER NOT NULL,
        eid TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX mentions_article ON mentions(article, eid);
    CREATE TABLE roles (
        article INTEGER NOT NULL,
        eid TEXT NOT NULL,
        title TEXT NOT NULL,
        org TEXT,
        org_key TEXT,
        region TEXT,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX roles_article ON roles(article, eid);
    CREATE TABLE quotes (
        rowid INTEGER PRIMARY KEY,
        article INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        speaker TEXT,
        speaker_text TEXT,
        kind TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        verb TEXT,
        reported_by TEXT,
        speaker_start INTEGER,
        speaker_end INTEGER,
        UNIQUE (article, idx)
    );
    CREATE INDEX quotes_speaker ON quotes(article, speaker);
    CREATE TABLE amounts (
        article INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        value REAL,
        value_max REAL,
        unit TEXT,
        approx INTEGER NOT NULL,
        quote INTEGER,
        PRIMARY KEY (article, idx)
    ) WITHOUT ROWID;
    CREATE TABLE dates (
        article INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        value TEXT,
        PRIMARY KEY (article, idx)
    ) WITHOUT ROWID;
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize="{FTS_TOKENIZE}");
    CREATE VIRTUAL TABLE quotes_fts USING fts5(body, speaker, tokenize="{FTS_TOKENIZE}");
    CREATE TABLE profiles (
        id INTEGER PRIMARY KEY,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        latin TEXT,
        key TEXT NOT NULL,
        n_articles INTEGER NOT NULL,
        n_quotes INTEGER NOT NULL,
        first_seen TEXT,
        last_seen TEXT
    );
    CREATE INDEX profiles_key ON profiles(type, key);
    CREATE TABLE profile_names (
        profile INTEGER NOT NULL,
        name TEXT NOT NULL,
        latin TEXT,
        key TEXT NOT NULL,
        latin_key TEXT NOT NULL,
        count INTEGER NOT NULL
    );
    CREATE INDEX profile_names_key ON profile_names(key);
    CREATE INDEX profile_names_latin ON profile_names(latin_key);
    CREATE TABLE profile_terms (term TEXT NOT NULL, profile INTEGER NOT NULL);
    CREATE INDEX profile_terms_term ON profile_terms(term);
    CREATE TABLE profile_members (
        article INTEGER NOT NULL,
        eid TEXT NOT NULL,
        profile INTEGER NOT NULL,
        PRIMARY KEY (article, eid)
    ) WITHOUT ROWID;
    CREATE INDEX profile_members_profile ON profile_members(profile);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
