"""Read-side queries over the store, shared by the CLI and the web UI.

Every function takes a connection (read-only is enough) and returns plain dicts and
lists ready for JSON. SQL is always parameterised; user text reaches FTS5 only through
``fts_query``, which quotes every term.

Search hits carry snippets with the matched words between ``HIT_START`` and ``HIT_END``
(private-use characters that are never indexed), for the caller to render.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import regex

from khabar.store.names import NameTools, is_latin

DOMINANT = 5
HIT_START = "\ue000"
HIT_END = "\ue001"
_TERM_RE = regex.compile(r'"([^"]*)"(\*?)|(\S+)')
_WORDS_RE = regex.compile(r"[\p{L}\p{M}\p{N}\p{Co}]+(?:[-'.][\p{L}\p{M}\p{N}]+)*")
_DATE_RE = regex.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def fts_query(query: str, names: NameTools) -> str | None:
    """An FTS5 MATCH expression for a user query, or None when nothing is searchable.

    Words are ANDed; ``"two words"`` is a phrase; a trailing ``*`` makes a prefix
    search (अल्पसंख्यक* finds अल्पसंख्यकों). Every term is quoted, so FTS5 syntax in
    the query (hyphens, colons, NEAR, parentheses) is searched as text.
    """
    parts: list[str] = []
    for m in _TERM_RE.finditer(query):
        raw = m.group(1) if m.group(1) is not None else m.group(3)
        prefix = bool(m.group(2)) or (m.group(3) is not None and raw.endswith("*"))
        words = _WORDS_RE.findall(names.fold(raw.rstrip("*")))
        if not words:
            continue
        term = " ".join(words).replace('"', '""')
        parts.append(f'"{term}"' + ("*" if prefix else ""))
    return " ".join(parts) or None


def check_date(value: str | None) -> str | None:
    if value is not None and not _DATE_RE.match(value):
        raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    return value


def _rows(cur: sqlite3.Cursor) -> list[dict[str, Any]]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def resolve(conn: sqlite3.Connection, names: NameTools, name: str,
            type: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """Profiles a name may refer to, best first, each with ``match``: ``name`` (the
    profile's own name, in either script), ``variant`` (another name it appears
    under), ``words`` (all words of the query occur in its names) or, only when
    nothing else is found, ``partial`` (all words but one, for a query of 3+ words:
    "Manzoor Ahmed Ansari" written Ahmad) and then ``similar`` (each word of a Latin
    query with the same consonants as a name word, or one letter away: "Lav Agarwal"
    for Love Agarwal)."""
    latin_query = is_latin(name)
    key = "" if latin_query else names.key(name, strip_posts=True)
    lwords = names.latin_key(name).split()
    lkey = "".join(lwords)
    found: dict[int, str] = {}
    closeness: dict[int, int] = {}  # partial matches: words in common
    if key or lkey:
        for pid, canonical in conn.execute(
            "SELECT pn.profile, pn.name = p.name FROM profile_names pn"
            " JOIN profiles p ON p.id = pn.profile"
            " WHERE (? <> '' AND pn.key = ?) OR (? <> '' AND pn.latin_key = ?)",
            (key, key, lkey, lkey),
        ):
            if canonical or found.get(pid) != "name":
                found[pid] = "name" if canonical else "variant"
    for words in (key.split(), lwords):
        if not words:
            continue
        uniq = sorted(set(words))
        marks = ",".join("?" * len(uniq))
        for (pid,) in conn.execute(
            f"SELECT profile FROM profile_terms WHERE term IN ({marks})"
            " GROUP BY profile HAVING COUNT(DISTINCT term) = ?",
            (*uniq, len(uniq)),
        ):
            found.setdefault(pid, "words")
    for words in (key.split(), lwords):
        if found or len(set(words)) < 3:
            continue
        uniq = sorted(set(words))
        marks = ",".join("?" * len(uniq))
        for pid, n in conn.execute(
            f"SELECT profile, COUNT(DISTINCT term) FROM profile_terms WHERE term IN ({marks})"
            " GROUP BY profile HAVING COUNT(DISTINCT term) >= ?",
            (*uniq, len(uniq) - 1),
        ):
            found.setdefault(pid, "partial")
            closeness[pid] = max(closeness.get(pid, 0), n)
    if not found and lwords:
        for pid in _similar(conn, lwords):
            found[pid] = "similar"
    if not found:
        return []
    marks = ",".join("?" * len(found))
    sql = f"SELECT * FROM profiles WHERE id IN ({marks})"
    args: list[Any] = list(found)
    if type:
        sql += " AND type = ?"
        args.append(type)
    out = _rows(conn.execute(sql, args))
    # a person's own name and the other names they go by rank alike: the most written
    # about first (the bare "केजरीवाल" of one article after अरविंद केजरीवाल)
    rank = dict(_LEVEL)
    for r in out:
        r["match"] = found[r["id"]]
    size = len(max(key.split(), lwords, key=len))
    if size == 1:  # one word names many: whoever carries it, most written about first
        rank = dict.fromkeys(rank, 0)
    out.sort(key=lambda r: (rank[r["match"]], -closeness.get(r["id"], 0),
                            abs(len(r["key"].split()) - size) if size > 1 else 0,
                            -r["n_articles"], -r["n_quotes"], r["id"]))
    return out[:limit]


def _one_edit(a: str, b: str) -> bool:
    """True when b is a at most one insertion, deletion or substitution away."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


_VOWELS_RE = regex.compile(r"[aeiouy]")


def _skeleton(w: str) -> str:
    return _VOWELS_RE.sub("", w)


def _similar(conn: sqlite3.Connection, words: list[str]) -> set[int]:
    """Profiles with, for every query word (a Latin key), a Latin name word with the
    same consonants (lav / love) or at most one letter different (4+ letters)."""
    terms = [t for (t,) in conn.execute(
        "SELECT DISTINCT term FROM profile_terms WHERE term GLOB '[a-z]*'")]
    found: set[int] | None = None
    for w in dict.fromkeys(words):
        sk = _skeleton(w)
        near = {t for t in terms if t == w or (sk and _skeleton(t) == sk)
                or (len(w) >= 4 and _one_edit(w, t))}
        if not near:
            return set()
        marks = ",".join("?" * len(near))
        pids = {p for (p,) in conn.execute(
            f"SELECT DISTINCT profile FROM profile_terms WHERE term IN ({marks})", sorted(near))}
        found = pids if found is None else found & pids
        if not found:
            return set()
    return found or set()


def pick(cands: list[dict[str, Any]], name: str) -> dict[str, Any] | None:
    """The one profile a name clearly means, or None when the user must choose.

    Among the candidates of the best kind of match (own name; other names; words;
    partial; similar): the only one, or one with ``DOMINANT`` times the articles of
    each other; a one-word name is never picked while other profiles carry the word.
    """
    if len(cands) == 1:
        return cands[0]
    if not cands or len(name.split()) < 2:
        return None
    level = _LEVEL[cands[0]["match"]]
    same = [c for c in cands if _LEVEL[c["match"]] == level]
    top = max(same, key=lambda c: c["n_articles"])
    if len(same) == 1 or top["n_articles"] >= DOMINANT * max(
            c["n_articles"] for c in same if c is not top):
        return top
    return None


_LEVEL = {"name": 0, "variant": 0, "words": 1, "partial": 2, "similar": 3}


def search(conn: sqlite3.Connection, names: NameTools, query: str,
           limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """Articles, quotes and profiles matching a query."""
    match = fts_query(query, names)
    out: dict[str, Any] = {"query": query, "people": [], "orgs": [], "articles": [],
                           "quotes": []}
    profiles = resolve(conn, names, query, limit=10) if query.strip() else []
    out["people"] = [p for p in profiles if p["type"] == "PERSON"]
    out["orgs"] = [p for p in profiles if p["type"] == "ORG"]
    seen: set[str] = set()
    if match:
        cur = conn.execute(
            "SELECT a.id, a.title, a.paper, a.published, a.source,"
            f" snippet(articles_fts, 1, '{HIT_START}', '{HIT_END}', ' … ', 16) AS snippet"
            " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
            (match, limit, offset),
        )
        out["articles"] = _rows(cur)
        seen = {a["id"] for a in out["articles"]}
        out["quotes"] = quotes(conn, names, contains=query, limit=limit)
    if is_latin(query) and profiles and len(out["articles"]) < limit:
        # a name in Latin letters: the articles of the people it names, with snippets
        # that show how each article writes the name
        ids = [p["id"] for p in profiles]
        marks = ",".join("?" * len(ids))
        spellings = {n for (n,) in conn.execute(
            f"SELECT DISTINCT name FROM profile_names WHERE profile IN ({marks})", ids)}
        phrases = sorted(filter(None, (fts_query(f'"{n}"', names) for n in spellings)))
        snippets: dict[str, str] = {}
        if phrases:
            for aid, snip in conn.execute(
                f"SELECT a.id, snippet(articles_fts, 1, '{HIT_START}', '{HIT_END}', ' … ', 16)"
                " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
                " WHERE articles_fts MATCH ? AND a.rowid IN (SELECT article FROM"
                f" profile_members WHERE profile IN ({marks}))",
                (" OR ".join(phrases), *ids),
            ):
                snippets[aid] = snip
        for a in _rows(conn.execute(
            "SELECT DISTINCT a.id, a.title, a.paper, a.published, a.source, NULL AS snippet"
            f" FROM profile_members m JOIN articles a ON a.rowid = m.article"
            f" WHERE m.profile IN ({marks}) ORDER BY a.published DESC, a.id LIMIT ?",
            (*ids, limit),
        )):
            if a["id"] not in seen and len(out["articles"]) < limit:
                seen.add(a["id"])
                a["snippet"] = snippets.get(a["id"])
                out["articles"].append(a)
        if not out["quotes"]:
            out["quotes"] = quotes(conn, names, profile_ids=ids, limit=limit)
    return out


def quotes(conn: sqlite3.Connection, names: NameTools, speaker: str | None = None,
           since: str | None = None, until: str | None = None, contains: str | None = None,
           profile_ids: list[int] | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Quotes by speaker (a name in either script, or profile ids), date and words."""
    check_date(since)
    check_date(until)
    where: list[str] = []
    args: list[Any] = []
    if speaker is not None and profile_ids is None:
        cands = resolve(conn, names, speaker, type="PERSON")
        one = pick(cands, speaker)
        # one clear person, else everyone who goes by exactly that name
        best = [one] if one else [c for c in cands if c["match"] != "words"] or cands
        profile_ids = [c["id"] for c in best]
        if not profile_ids:
            match = fts_query(speaker, names)
            if not match:
                return []
            where.append("q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
            args.append("speaker : (" + match + ")")
    if profile_ids is not None:
        if not profile_ids:
            return []
        marks = ",".join("?" * len(profile_ids))
        where.append(
            "EXISTS (SELECT 1 FROM profile_members m WHERE m.article = q.article"
            f" AND m.eid = q.speaker AND m.profile IN ({marks}))"
        )
        args.extend(profile_ids)
    if contains:
        match = fts_query(contains, names)
        if not match:
            return []
        where.append("q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        args.append("body : (" + match + ")")
    if since:
        where.append("a.published >= ?")
        args.append(since)
    if until:
        where.append("a.published <= ? || '~'")
        args.append(until)
    sql = (
        "SELECT a.id AS article, a.title AS article_title, a.published, a.paper, q.idx,"
        " q.kind, q.text, q.verb, q.speaker AS speaker_eid, q.speaker_text,"
        " e.name AS speaker_name, m.profile AS speaker_profile, q.start, q.\"end\""
        " FROM quotes q JOIN articles a ON a.rowid = q.article"
        " LEFT JOIN entities e ON e.article = q.article AND e.eid = q.speaker"
        " LEFT JOIN profile_members m ON m.article = q.article AND m.eid = q.speaker"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY a.published IS NULL, a.published, a.id, q.idx LIMIT ?"
    )
    args.append(limit)
    return _rows(conn.execute(sql, args))


def profile(conn: sqlite3.Connection, names: NameTools, pid: int) -> dict[str, Any] | None:
    """Everything known about one person or organisation."""
    rows = _rows(conn.execute("SELECT * FROM profiles WHERE id = ?", (pid,)))
    if not rows:
        return None
    p = rows[0]
    p["names"] = _rows(conn.execute(
        "SELECT name, latin, count FROM profile_names WHERE profile = ?"
        " ORDER BY count DESC, name", (pid,)))
    roles: dict[tuple[str, str | None, str | None], dict[str, Any]] = {}
    for r in _rows(conn.execute(
        "SELECT r.title, r.org, r.region, r.text, a.published, a.id AS article"
        " FROM profile_members m JOIN roles r ON r.article = m.article AND r.eid = m.eid"
        " JOIN articles a ON a.rowid = m.article WHERE m.profile = ?"
        " ORDER BY a.published IS NULL, a.published, a.id, r.start", (pid,))):
        k = (r["title"], r["org"], r["region"])
        item = roles.setdefault(k, {"title": r["title"], "org": r["org"],
                                    "region": r["region"], "first": r["published"],
                                    "last": r["published"], "articles": []})
        if r["published"]:
            item["first"] = min(filter(None, (item["first"], r["published"])))
            item["last"] = max(filter(None, (item["last"], r["published"])))
        if r["article"] not in item["articles"]:
            item["articles"].append(r["article"])
    p["roles"] = sorted(roles.values(), key=lambda r: (r["first"] or "9999", r["title"]))
    p["quotes"] = quotes(conn, names, profile_ids=[pid], limit=1000)
    co = _rows(conn.execute(
        "SELECT p.id, p.type, p.name, p.latin, COUNT(DISTINCT m2.article) AS together"
        " FROM profile_members m JOIN profile_members m2 ON m2.article = m.article"
        " AND m2.profile <> m.profile JOIN profiles p ON p.id = m2.profile"
        " WHERE m.profile = ? GROUP BY p.id ORDER BY together DESC, p.n_articles DESC, p.id"
        " LIMIT 60", (pid,)))
    p["people"] = [c for c in co if c["type"] == "PERSON"][:30]
    p["orgs"] = [c for c in co if c["type"] == "ORG"][:30]
    p["articles"] = _rows(conn.execute(
        "SELECT DISTINCT a.id, a.title, a.published, a.paper, a.source"
        " FROM profile_members m JOIN articles a ON a.rowid = m.article WHERE m.profile = ?"
        " ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT 500", (pid,)))
    if p["type"] == "ORG":
        keys = sorted({k for (k,) in conn.execute(
            "SELECT key FROM profile_names WHERE profile = ?", (pid,))} | {p["key"]})
        cond = " OR ".join(["instr(' ' || r.org_key || ' ', ?) > 0"] * len(keys))
        p["members"] = _rows(conn.execute(
            "SELECT p.id, p.name, p.latin, r.title, r.org, MIN(a.published) AS first,"
            " MAX(a.published) AS last, COUNT(DISTINCT r.article) AS n"
            " FROM roles r JOIN profile_members m ON m.article = r.article AND m.eid = r.eid"
            " JOIN profiles p ON p.id = m.profile JOIN articles a ON a.rowid = r.article"
            f" WHERE r.org_key IS NOT NULL AND ({cond})"
            " GROUP BY p.id, r.title, r.org ORDER BY n DESC, p.name LIMIT 100",
            [f" {k} " for k in keys]))
    return p


def article(conn: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    """One article with its entities (linked to profiles), quotes, amounts and dates."""
    rows = _rows(conn.execute(
        "SELECT rowid, id, text, title, url, source, paper, published, origin, ingested_at,"
        " record FROM articles WHERE id = ?", (article_id,)))
    if not rows:
        return None
    a = rows[0]
    art = a.pop("rowid")
    record = json.loads(a.pop("record"))
    a["headings"] = [(h["start"], h["end"]) for h in record.get("headings", [])]
    a["dateline"] = record.get("dateline")
    ents = _rows(conn.execute(
        "SELECT e.eid AS id, e.type, e.name, e.latin, m.profile FROM entities e"
        " LEFT JOIN profile_members m ON m.article = e.article AND m.eid = e.eid"
        " WHERE e.article = ? ORDER BY e.eid", (art,)))
    by_id = {e["id"]: e for e in ents}
    for e in ents:
        e["mentions"] = []
        e["roles"] = []
    for m in _rows(conn.execute(
        'SELECT eid, start, "end", text FROM mentions WHERE article = ? ORDER BY start',
        (art,))):
        if m["eid"] in by_id:
            by_id[m.pop("eid")]["mentions"].append(m)
    for r in _rows(conn.execute(
        'SELECT eid, title, org, region, start, "end", text FROM roles WHERE article = ?'
        " ORDER BY start", (art,))):
        if r["eid"] in by_id:
            by_id[r.pop("eid")]["roles"].append(r)
    a["entities"] = ents
    qs = _rows(conn.execute(
        'SELECT idx, speaker, speaker_text, kind, start, "end", text, verb, reported_by,'
        " speaker_start, speaker_end FROM quotes WHERE article = ? ORDER BY idx", (art,)))
    for q in qs:
        spk = by_id.get(q["speaker"] or "")
        q["speaker_name"] = spk["name"] if spk else q["speaker_text"]
        q["speaker_latin"] = spk["latin"] if spk else None
        q["speaker_profile"] = spk["profile"] if spk else None
    a["quotes"] = qs
    a["amounts"] = _rows(conn.execute(
        'SELECT idx, start, "end", text, value, value_max, unit, approx, quote FROM amounts'
        " WHERE article = ? ORDER BY idx", (art,)))
    a["dates"] = _rows(conn.execute(
        'SELECT idx, start, "end", text, value FROM dates WHERE article = ? ORDER BY idx',
        (art,)))
    return a


def stats(conn: sqlite3.Connection) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for t in ("articles", "entities", "quotes", "amounts", "dates"):
        out[t] = conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
    for t in ("PERSON", "ORG"):
        out["people" if t == "PERSON" else "orgs"] = conn.execute(
            "SELECT COUNT(*) FROM profiles WHERE type = ?", (t,)).fetchone()[0]
    row = conn.execute("SELECT value FROM state WHERE key = 'profiles_dirty'").fetchone()
    out["profiles_current"] = not (row and row[0] == "1")
    return out
