"""The SQLite store: migrations, idempotent writes, FTS5 for Devanagari, cross-script
name lookup, profiles across articles, quotes queries and export."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from test_store_corpus import corpus, make_article

from khabar.record import Article
from khabar.store import queries
from khabar.store.db import Store, StoreError, connect, connect_readonly
from khabar.store.export import export
from khabar.store.names import NameTools
from khabar.store.profiles import ProfileBuilder
from khabar.store.schema import SCHEMA_VERSION


@pytest.fixture(scope="module")
def names() -> NameTools:
    return NameTools()


def build(path: Path, names: NameTools, articles: list[Article] | None = None) -> Path:
    with Store(path, names) as st:
        for a in articles if articles is not None else corpus():
            st.add(a, "test")
        ProfileBuilder(names).rebuild(st.conn)
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, names: NameTools) -> Path:
    return build(tmp_path_factory.mktemp("store") / "k.db", names)


@pytest.fixture()
def conn(db: Path) -> sqlite3.Connection:
    c = connect_readonly(db)
    yield c
    c.close()


def person(conn: sqlite3.Connection, names: NameTools, name: str) -> dict:
    cands = queries.resolve(conn, names, name, type="PERSON")
    one = queries.pick(cands, name)
    assert one is not None, f"{name}: {[(c['name'], c['match']) for c in cands]}"
    return one


# ---------------------------------------------------------------- schema, writes


def test_new_database_is_migrated_and_wal(tmp_path: Path):
    c = connect(tmp_path / "a.db")
    assert c.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    c.close()
    c = connect(tmp_path / "a.db")  # reopening applies nothing twice
    assert c.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    c.close()


def test_newer_or_foreign_database_is_refused(tmp_path: Path):
    c = connect(tmp_path / "a.db")
    c.execute("INSERT INTO schema_version VALUES (?, 'x')", (SCHEMA_VERSION + 1,))
    c.close()
    with pytest.raises(StoreError, match="newer"):
        connect(tmp_path / "a.db")
    with pytest.raises(StoreError, match="version"):
        connect_readonly(tmp_path / "a.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a khabar database"):
        connect(junk)
    with pytest.raises(StoreError, match="no such database"):
        connect_readonly(tmp_path / "missing.db")


def test_add_is_idempotent_by_content_hash(tmp_path: Path, names: NameTools):
    a = corpus()[0]
    with Store(tmp_path / "a.db", names) as st:
        assert st.add(a) is True
        assert st.add(Article.from_json(a.to_json())) is False
        assert st.count("articles") == 1
        assert st.count("quotes") == len(a.quotes)
        assert st.count("mentions") == sum(len(e.mentions) for e in a.entities)


def test_failed_write_leaves_nothing_half_written(tmp_path: Path, names: NameTools):
    a = corpus()[0]
    a.quotes[0].kind = None  # type: ignore[assignment]  # NOT NULL column: the insert fails
    with Store(tmp_path / "a.db", names) as st:
        with pytest.raises(sqlite3.IntegrityError):
            st.add(a)
        for table in ("articles", "entities", "mentions", "roles", "quotes"):
            assert st.count(table) == 0, table
        assert st.conn.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0] == 0


def test_readonly_connection_cannot_write(conn: sqlite3.Connection):
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM articles")


# ---------------------------------------------------------------- full-text search


def hits(conn, names, q):
    return {a["title"] for a in queries.search(conn, names, q)["articles"]}


def test_prefix_search_finds_inflected_forms(conn, names):
    # the first article has only अल्पसंख्यकों, the review article has अल्पसंख्यक itself
    assert hits(conn, names, "अल्पसंख्यक") == {"अल्पसंख्यक विभाग की समीक्षा"}
    assert hits(conn, names, "अल्पसंख्यक*") == {
        "अल्पसंख्यक विभाग की समीक्षा", "झारखंड कांग्रेस की बैठक"}


def test_vowel_signs_do_not_split_words(conn, names):
    # with the default tokenizer "की" would match "का" (both tokenised as क) and "ल्प"
    # would match inside अल्पसंख्यक
    assert hits(conn, names, "ल्प") == set()
    assert hits(conn, names, "अल") == set()
    only_ka = hits(conn, names, "का")
    assert "पटना में भाजपा की बैठक" not in only_ka
    assert "झारखंड कांग्रेस की बैठक" in hits(conn, names, "की बैठक")


def test_joiners_and_nukta_do_not_matter(tmp_path: Path, names: NameTools):
    text = "नई दिल्\u200dली में उमैर ख़ान ने बात की. दिल्ली सरकार ने भी कहा."
    db = build(tmp_path / "z.db", names, [make_article(text, None, [
        {"name": "उमैर ख़ान", "type": "PERSON"}])])
    c = connect_readonly(db)
    assert len(queries.search(c, names, "दिल्ली")["articles"]) == 1
    assert len(queries.search(c, names, "दिल्\u200cली")["articles"]) == 1
    assert len(queries.search(c, names, "खान")["articles"]) == 1
    assert len(queries.search(c, names, "ख़ान")["articles"]) == 1


def test_hyphenated_phrase_and_fts_syntax_are_searched_as_text(conn, names):
    assert hits(conn, names, "शत-प्रतिशत") == {"अल्पसंख्यक विभाग की समीक्षा"}
    assert hits(conn, names, '"पार्टी पूरी तरह"') == {"झारखंड कांग्रेस की बैठक"}
    for q in ['"', "*", "NEAR(", "title:x", ") OR (", "' OR 1=1 --", "AND", "-", "^", "{a b}:c"]:
        queries.search(conn, names, q)  # never an FTS5 syntax error


def test_fts_query_quotes_every_term(names):
    assert queries.fts_query('शत-प्रतिशत NEAR "राजेश ठाकुर" अल्प*', names) == (
        '"शत-प्रतिशत" "NEAR" "राजेश ठाकुर" "अल्प"*')
    assert queries.fts_query("  ***  ", names) is None


def test_snippets_mark_hits(conn, names):
    res = queries.search(conn, names, "एकजुट")
    (a,) = res["articles"]
    assert queries.HIT_START + "एकजुट" + queries.HIT_END in a["snippet"]


# ---------------------------------------------------------------- profiles


def test_latin_and_devanagari_find_the_same_person(conn, names):
    ids = {person(conn, names, n)["id"] for n in
           ("राजेश ठाकुर", "Rajesh Thakur", "rajesh thakur", "RAJESH  THAKUR", "श्री राजेश ठाकुर",
            "प्रदेश अध्यक्ष राजेश ठाकुर", "Shri Rajesh Thakur")}
    assert len(ids) == 1
    umair = {person(conn, names, n)["id"] for n in ("umair khan", "उमैर खान", "उमैर ख़ान")}
    assert len(umair) == 1


def test_one_profile_per_person_across_articles(conn, names):
    p = queries.profile(conn, names, person(conn, names, "राजेश ठाकुर")["id"])
    assert p["n_articles"] == 3
    assert [q["published"] for q in p["quotes"]] == [
        "2024-06-15", "2024-07-02", "2024-07-02", "2024-09-05"]
    assert [(r["title"], r["first"]) for r in p["roles"]] == [
        ("प्रदेश अध्यक्ष", "2024-06-15"), ("अध्यक्ष", "2024-09-05")]
    assert p["roles"][0]["org"] == "कांग्रेस" and p["roles"][0]["region"] == "झारखंड"
    assert "ठाकुर" in {n["name"] for n in p["names"]}  # the short form used in an article
    co = {c["name"]: c["together"] for c in p["people"]}
    assert co["उमैर खान"] == 3  # "उमैर ख़ान" in one article is the same person
    assert {o["name"] for o in p["orgs"]} == {"कांग्रेस"}
    umair = queries.profile(conn, names, person(conn, names, "उमैर खान")["id"])
    assert {n["name"] for n in umair["names"]} >= {"उमैर खान", "उमैर ख़ान"}


def test_shared_surname_does_not_merge_people(conn, names):
    cands = queries.resolve(conn, names, "ठाकुर", type="PERSON")
    assert {c["name"] for c in cands} == {"राजेश ठाकुर", "अनुराग ठाकुर", "ठाकुर"}
    assert queries.pick(cands, "ठाकुर") is None  # ambiguous: the user chooses
    bare = next(c for c in cands if c["name"] == "ठाकुर")
    assert bare["n_articles"] == 1  # the village head is nobody else
    anurag = person(conn, names, "Anurag Thakur")
    assert anurag["n_articles"] == 1 and anurag["id"] != bare["id"]


def test_same_name_in_conflicting_contexts_stays_apart(conn, names):
    cands = queries.resolve(conn, names, "राजेश कुमार", type="PERSON")
    assert len(cands) == 2 and all(c["match"] == "name" for c in cands)
    orgs = sorted(queries.profile(conn, names, c["id"])["roles"][0]["org"] for c in cands)
    assert orgs == ["झामुमो", "भाजपा"]


def test_middle_name_variant_named_side_by_side_stays_apart(conn, names):
    a = person(conn, names, "मंजूर अंसारी")
    b = person(conn, names, "मंजूर अहमद अंसारी")
    assert a["id"] != b["id"]


def test_bare_name_joins_the_one_full_name_that_shares_its_context(tmp_path, names):
    extra = make_article(
        "कांग्रेस की सभा\nरांची: ठाकुर ने कहा कि सभा सफल रही. उमैर खान ने धन्यवाद दिया.",
        "2024-10-01",
        [{"name": "ठाकुर", "type": "PERSON"}, {"name": "उमैर खान", "type": "PERSON"},
         {"name": "कांग्रेस", "type": "ORG"}],
        [("ठाकुर", "सभा सफल रही")])
    c = connect_readonly(build(tmp_path / "b.db", names, [*corpus(), extra]))
    rajesh = queries.profile(c, names, person(c, names, "Rajesh Thakur")["id"])
    assert rajesh["n_articles"] == 4 and rajesh["n_quotes"] == 5
    assert person(c, names, "अनुराग ठाकुर")["n_articles"] == 1


def test_organisation_profile_lists_people_with_posts(conn, names):
    cands = queries.resolve(conn, names, "कांग्रेस", type="ORG")
    org = queries.profile(conn, names, queries.pick(cands, "कांग्रेस")["id"])
    assert org["n_articles"] == 3
    assert {m["name"] for m in org["members"]} == {"राजेश ठाकुर", "उमैर खान"}
    assert queries.pick(queries.resolve(conn, names, "Congress"), "Congress")["id"] == org["id"]


def test_profiles_do_not_depend_on_arrival_order(tmp_path, names):
    def dump(path):
        c = sqlite3.connect(path)
        profiles = c.execute(
            "SELECT p.id, p.type, p.name, p.key, p.n_articles, p.n_quotes,"
            " group_concat(a.id || ':' || m.eid) FROM profiles p"
            " JOIN profile_members m ON m.profile = p.id JOIN articles a ON a.rowid = m.article"
            " GROUP BY p.id ORDER BY p.id").fetchall()
        return [(*row[:6], sorted(row[6].split(","))) for row in profiles]

    forward = dump(build(tmp_path / "f.db", names, corpus()))
    backward = dump(build(tmp_path / "r.db", names, corpus()[::-1]))
    assert forward == backward


# ---------------------------------------------------------------- quotes, export


def test_quotes_by_speaker_date_and_words(conn, names):
    got = queries.quotes(conn, names, speaker="Rajesh Thakur", since="2024-07")
    assert [q["published"] for q in got] == ["2024-07-02", "2024-07-02", "2024-09-05"]
    got = queries.quotes(conn, names, speaker="राजेश ठाकुर", contains="भागीदारी")
    assert [q["text"] for q in got] == ["सभी जिलों में शत-प्रतिशत भागीदारी होगी"]
    assert queries.quotes(conn, names, speaker="Rajesh Thakur", until="2024-06") == [
        q for q in queries.quotes(conn, names, speaker="Rajesh Thakur")
        if q["published"] <= "2024-06-30"]
    with pytest.raises(ValueError):
        queries.quotes(conn, names, since="June")


def test_export_round_trips_records(tmp_path, conn, names):
    out = tmp_path / "records.jsonl"
    with out.open("w", encoding="utf-8") as f:
        assert export(conn, "jsonl", "records", f) == len(corpus())
    back = [Article.from_json(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(a.id for a in back) == sorted(a.id for a in corpus())
    assert {a.id: a.to_dict() for a in back} == {a.id: a.to_dict() for a in corpus()}


def test_export_csv_and_parquet(tmp_path, conn):
    import csv

    import pyarrow.parquet as pq

    p = tmp_path / "q.csv"
    with p.open("w", encoding="utf-8", newline="") as f:
        n = export(conn, "csv", "quotes", f)
    rows = list(csv.DictReader(p.open(encoding="utf-8")))
    assert len(rows) == n == conn.execute("SELECT COUNT(*) FROM quotes").fetchone()[0]
    assert {"article", "speaker_name", "text", "published"} <= set(rows[0])
    pq_path = tmp_path / "r.parquet"
    with pq_path.open("wb") as f:
        export(conn, "parquet", "records", f)
    table = pq.read_table(pq_path)
    assert table.num_rows == len(corpus())
    assert "entities" in table.column_names
    with pytest.raises(ValueError, match="nested"):
        export(conn, "csv", "records", open(tmp_path / "x.csv", "w"))


def test_stats(conn):
    s = queries.stats(conn)
    assert s["articles"] == len(corpus()) and s["people"] >= 9 and s["profiles_current"]
    assert json.dumps(s)


def test_latin_search_finds_articles_of_the_devanagari_person(conn, names):
    res = queries.search(conn, names, "rajesh thakur")
    assert [p["name"] for p in res["people"]] == ["राजेश ठाकुर"]
    assert len(res["articles"]) == 3
    for a in res["articles"]:
        assert queries.HIT_START + "राजेश" in a["snippet"]
    assert {q["speaker_name"] for q in res["quotes"]} == {"राजेश ठाकुर"}


def test_spelling_variant_of_a_long_latin_name_still_finds_the_person(conn, names):
    cands = queries.resolve(conn, names, "Manzoor Ahmed Ansari")
    assert [c["name"] for c in cands] == ["मंजूर अहमद अंसारी", "मंजूर अंसारी"]
    assert cands[0]["match"] == "partial"
    assert queries.resolve(conn, names, "Manzoor Ahmed Khan") == []


def test_latin_spelling_with_other_vowels_finds_the_person(conn, names):
    cands = queries.resolve(conn, names, "Umer Khan")
    assert cands and cands[0]["name"] == "उमैर खान" and cands[0]["match"] == "similar"
    assert queries.pick(cands, "Umer Khan")["name"] == "उमैर खान"


def test_name_written_as_one_word_is_the_two_word_name(tmp_path, names):
    arts = [
        make_article("स्वास्थ्य मंत्री हर्ष वर्धन ने कहा कि जांच बढ़ेगी.", "2020-03-01",
                     [{"name": "हर्ष वर्धन", "type": "PERSON",
                       "roles": [("मंत्री", "स्वास्थ्य मंत्रालय", None, "स्वास्थ्य मंत्री")]}],
                     [("हर्ष वर्धन", "जांच बढ़ेगी")]),
        make_article("स्वास्थ्य मंत्री हर्षवर्धन ने कहा कि टीके आएंगे.", "2020-03-05",
                     [{"name": "हर्षवर्धन", "type": "PERSON",
                       "roles": [("मंत्री", "स्वास्थ्य मंत्रालय", None, "स्वास्थ्य मंत्री")]}],
                     [("हर्षवर्धन", "टीके आएंगे")]),
    ]
    c = connect_readonly(build(tmp_path / "h.db", names, arts))
    for q in ("हर्षवर्धन", "हर्ष वर्धन", "Harsh Vardhan", "Harshvardhan"):
        cands = queries.resolve(c, names, q)
        assert len(cands) == 1 and cands[0]["n_quotes"] == 2, q


def test_one_of_many_namesakes_written_about_far_more_is_picked(tmp_path, names):
    arts = [make_article(f"रांची: मुख्यमंत्री हेमंत सोरेन ने कहा कि काम {i} होगा.", "2024-01-01",
                         [{"name": "हेमंत सोरेन", "type": "PERSON",
                           "roles": [("मुख्यमंत्री", "झामुमो", None, "मुख्यमंत्री")]}])
            for i in range(5)]
    arts.append(make_article("दुमका: भाजपा कार्यकर्ता हेमंत सोरेन ने कहा कि सभा होगी.", None,
                             [{"name": "हेमंत सोरेन", "type": "PERSON",
                               "roles": [("कार्यकर्ता", "भाजपा", None, "भाजपा कार्यकर्ता")]}]))
    c = connect_readonly(build(tmp_path / "s.db", names, arts))
    cands = queries.resolve(c, names, "Hemant Soren")
    assert [x["n_articles"] for x in cands] == [5, 1]
    assert queries.pick(cands, "Hemant Soren")["n_articles"] == 5
