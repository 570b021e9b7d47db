"""Ingest: every input format, bad input reported and skipped, idempotence, parallel
extraction, and the news corpora under ../shared."""

from __future__ import annotations

import gzip
import io
import json
import sqlite3
from pathlib import Path

import pytest
from test_store_corpus import corpus, write_jsonl

from khabar.corpora import iter_articles, split_stories
from khabar.ingest.runner import Ingester
from khabar.ingest.sources import Item, Problem, iso_date, meta_from_path, read_paths
from khabar.record import article_id

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
EXAMPLE = SHARED / "examples" / "ranchi-congress-minority-meeting.txt"

STORY_A = "रांची में बैठक हुई\nरांची: कांग्रेस अध्यक्ष राजेश ठाकुर ने कहा कि काम जारी रहेगा."
STORY_B = "पटना में बारिश\nपटना: शहर में भारी बारिश से कई सड़कें डूब गईं."
STORY_C = "दिल्ली में सम्मेलन\nनई दिल्ली: सम्मेलन में कई देशों के प्रतिनिधि पहुंचे."
HTML = ("<html><head><title>राजेश ठाकुर का बयान</title>"
        '<meta property="article:published_time" content="2024-06-15"></head><body>'
        "<nav>होम | राज्य | देश</nav><article><h1>राजेश ठाकुर का बयान</h1>"
        "<p>रांची: झारखंड प्रदेश कांग्रेस अध्यक्ष राजेश ठाकुर ने कहा कि पार्टी मजबूत है. "
        "उन्होंने कहा कि चुनाव में जीत होगी और सभी कार्यकर्ता एकजुट हैं.</p>"
        "<p>बैठक में कई जिलों के पदाधिकारी मौजूद थे और उन्होंने अपने सुझाव दिए.</p>"
        "</article><footer>कॉपीराइट</footer></body></html>")
FIRE_XML = ('<?xml version="1.0" encoding="UTF-8"?><DOCUMENT><P>'
            "<W>मुंबई</W> <W>में</W> <W>भारी</W> <W>बारिश</W> <W>से</W> <W>तीन</W> "
            "<W>लोगों</W> <W>की</W> <W>मौत</W> <W>हो</W> <W>गई</W></P></DOCUMENT>")


def items(paths, split="auto"):
    out = list(read_paths(paths, split))
    return ([x for x in out if isinstance(x, Item)], [x for x in out if isinstance(x, Problem)])


def ingest(db: Path, paths, **kw):
    return Ingester(db, jobs=kw.pop("jobs", 1), **kw).run(paths)


def count(db: Path, table: str = "articles") -> int:
    c = sqlite3.connect(db)
    try:
        return c.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        c.close()


# ---------------------------------------------------------------- formats


def test_txt_one_article_or_stories(tmp_path: Path):
    f = tmp_path / "day.txt"
    f.write_text(f"{STORY_A}\n\n\n{STORY_B}\r\n\r\n\r\n\r\n{STORY_C}\n", encoding="utf-8")
    one, _ = items([f])  # named explicitly: one article unless --split
    assert len(one) == 1
    split, _ = items([f], "always")
    assert [i.text for i in split] == [STORY_A, STORY_B, STORY_C]
    assert [i.origin for i in split] == [f"{f.as_posix()}#{n}" for n in range(3)]
    assert split[1].meta.title == "पटना में बारिश"
    in_dir, _ = items([tmp_path])  # inside a directory: split by default
    assert [i.text for i in in_dir] == [STORY_A, STORY_B, STORY_C]
    never, _ = items([tmp_path], "never")
    assert len(never) == 1


def test_split_matches_the_corpus_reader(tmp_path: Path):
    text = f"\n{STORY_A}\n \n\t\n{STORY_B}\n\n\n\n\n{STORY_C}"
    (tmp_path / "AU-2020-MAR-7.txt").write_text(text, encoding="utf-8")
    got, _ = items([tmp_path])
    assert [i.text for i in got] == [s for _, s in split_stories(text)]
    assert got[0].meta.paper == "Amar Ujala" and got[0].meta.published == "2020-03-07"


def test_meta_from_file_names():
    assert meta_from_path("x/DJ-2020-APR-12.txt").published == "2020-04-12"
    assert meta_from_path("x/navbharat_2004_5_10_668112").published == "2004-05-10"
    assert meta_from_path("x/navbharat_2004_13_40_1").published is None
    assert iso_date("Mon, 15 Jul 2024 10:00:00 GMT") == "2024-07-15"
    assert iso_date("15/07/2024") == "2024-07-15"
    assert iso_date("2024-07-15T10:00:00Z") == "2024-07-15"
    assert iso_date("kal") is None


def test_html_main_text_and_meta(tmp_path: Path):
    (tmp_path / "a.html").write_text(HTML, encoding="utf-8")
    (got,), problems = items([tmp_path / "a.html"])
    assert not problems
    assert "राजेश ठाकुर ने कहा कि पार्टी मजबूत है" in got.text
    assert "कॉपीराइट" not in got.text and "होम | राज्य" not in got.text
    assert got.meta.title == "राजेश ठाकुर का बयान" and got.meta.published == "2024-06-15"


def test_jsonl_columns_found_by_name_and_bad_lines_reported(tmp_path: Path):
    f = tmp_path / "a.jsonl"
    rows = [
        {"headline": "शीर्षक", "content": STORY_A, "link": "https://example.com/a",
         "date": "2024-06-15", "publisher": "प्रभात खबर"},
        {"Text": STORY_B, "meta": {"title": "बारिश", "published": "2024-06-16"}},
        {"body": ""},
        {"no_text_here": 1},
    ]
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
                 + "\n{broken\n[1, 2]\n", encoding="utf-8")
    got, problems = items([f])
    assert [i.text for i in got] == [STORY_A, STORY_B]
    assert got[0].meta.url == "https://example.com/a" and got[0].meta.paper == "प्रभात खबर"
    assert got[0].meta.title == "शीर्षक" and got[0].meta.published == "2024-06-15"
    assert got[1].meta.title == "बारिश" and got[1].meta.published == "2024-06-16"
    assert [p.origin.rsplit(":", 1)[1] for p in problems] == ["3", "4", "5", "6"]
    assert "invalid JSON" in problems[2].reason and "not a JSON object" in problems[3].reason


def test_jsonl_of_records_is_stored_without_extraction(tmp_path: Path):
    f = write_jsonl(tmp_path / "r.jsonl")
    got, problems = items([f])
    assert not problems and all(i.record is not None for i in got)
    edited = json.loads(f.read_text(encoding="utf-8").splitlines()[0])
    edited["text"] += " "
    (tmp_path / "bad.jsonl").write_text(json.dumps(edited, ensure_ascii=False),
                                        encoding="utf-8")
    _, problems = items([tmp_path / "bad.jsonl"])
    assert "does not match its text" in problems[0].reason


def test_csv_text_column_by_name_or_by_length(tmp_path: Path):
    import csv

    f = tmp_path / "bbc.csv"  # like the BBC Hindi test CSV: header 0,1
    with f.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["0", "1"])
        w.writerow(["india", STORY_A])
        w.writerow(["sport", ""])
        w.writerow(["science", STORY_B, "extra"])
        w.writerow(["india", STORY_C])
    got, problems = items([f])
    assert [i.text for i in got] == [STORY_A, STORY_C]
    assert [p.origin for p in problems] == [f"{f.as_posix()}#1", f"{f.as_posix()}#2"]
    g = tmp_path / "named.csv"
    g.write_text("id,title,text,url\n1,शीर्षक,\"" + STORY_B + "\",https://e.com/1\n",
                 encoding="utf-8")
    (one,), _ = items([g])
    assert one.text == STORY_B and one.meta.title == "शीर्षक"


def test_fire_xml_and_sniffed_file_without_ending(tmp_path: Path):
    (tmp_path / "navbharat_2003_5_5_45475315").write_text(FIRE_XML, encoding="utf-8")
    (tmp_path / "broken.xml").write_text("<DOCUMENT><P>अधूरा", encoding="utf-8")
    got, problems = items([tmp_path])
    assert [i.text for i in got] == ["मुंबई में भारी बारिश से तीन लोगों की मौत हो गई"]
    assert got[0].meta.published == "2003-05-05"
    assert len(problems) == 1 and "invalid XML" in problems[0].reason


def _warc(gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    for url, status, body in (("https://example.com/a", "200 OK", HTML),
                              ("https://example.com/missing", "404 Not Found", "<html/>"),
                              ("https://example.com/empty", "200 OK", "<html><body></body>")):
        headers = StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(
            body.encode("utf-8")), http_headers=headers))
    return buf.getvalue()


@pytest.mark.parametrize("gz", [False, True])
def test_warc_responses_through_trafilatura(tmp_path: Path, gz: bool):
    f = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    f.write_bytes(_warc(gz))
    got, problems = items([f])
    assert len(got) == 1 and got[0].meta.url == "https://example.com/a"
    assert "पार्टी मजबूत है" in got[0].text
    assert len(problems) == 1 and "no article text" in problems[0].reason


def test_bad_files_get_one_line_reasons_and_the_batch_goes_on(tmp_path: Path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(STORY_A, encoding="utf-8")
    (d / "latin1.txt").write_bytes("रांची".encode() + b"\xff\xfe caf\xe9")
    (d / "empty.txt").write_text("  \n", encoding="utf-8")
    (d / "image.dat").write_bytes(bytes(range(256)) * 4)
    (d / "kruti.txt").write_text("jkaph % >kj[k.M izns'k dkaxzsl dh cSBd esa dgk fd "
                                 "vkt ls dke 'kq: gksxk vkSj lHkh yksx ;gka igqaps", "utf-8")
    (d / "README.md").write_text("# notes", encoding="utf-8")
    (d / "SOURCES.txt").write_text("where the files came from", encoding="utf-8")
    (d / ".hidden.txt").write_text(STORY_B, encoding="utf-8")
    report = ingest(tmp_path / "k.db", [d, tmp_path / "nope.txt"])
    assert report.added == 1 and report.skipped_files == 2
    reasons = {Path(p.origin.split("#")[0]).name: p.reason for p in report.problems}
    assert set(reasons) == {"latin1.txt", "empty.txt", "image.dat", "kruti.txt", "nope.txt"}
    assert "not UTF-8" in reasons["latin1.txt"] and "empty" in reasons["empty.txt"]
    assert "binary" in reasons["image.dat"] and "legacy font" in reasons["kruti.txt"]
    assert "no such file" in reasons["nope.txt"]
    assert all("\n" not in r for r in reasons.values())


def test_gzip_text_file(tmp_path: Path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(STORY_A.encode("utf-8")))
    (got,), _ = items([tmp_path / "a.txt.gz"])
    assert got.text == STORY_A


# ---------------------------------------------------------------- runs


def test_ingest_is_idempotent(tmp_path: Path):
    src = tmp_path / "src"
    src.mkdir()
    write_jsonl(src / "records.jsonl")
    (src / "day.txt").write_text(f"{STORY_A}\n\n\n{STORY_B}\n\n\n{STORY_A}", encoding="utf-8")
    db = tmp_path / "k.db"
    first = ingest(db, [src])
    n = len(corpus()) + 2
    assert (first.added, first.duplicates, first.present) == (n, 1, 0)
    assert first.people > 0 and first.articles_total == n
    tables = {t: count(db, t) for t in ("articles", "entities", "mentions", "quotes",
                                        "profiles", "profile_members")}
    again = ingest(db, [src])
    assert (again.added, again.present) == (0, n + 1)
    assert {t: count(db, t) for t in tables} == tables


def test_parallel_extraction_matches_serial(tmp_path: Path):
    src = tmp_path / "src"
    src.mkdir()
    for i in range(12):
        (src / f"a{i}.txt").write_text(f"{STORY_A} अंक {i}.\n", encoding="utf-8")
    serial = ingest(tmp_path / "s.db", [src], jobs=1)
    parallel = ingest(tmp_path / "p.db", [src], jobs=2)
    assert serial.added == parallel.added == 12

    def records(db):
        c = sqlite3.connect(db)
        return sorted(r[0] for r in c.execute("SELECT record FROM articles"))

    assert records(tmp_path / "s.db") == records(tmp_path / "p.db")


def test_real_pipeline_records_are_stored_whole(tmp_path: Path):
    if not EXAMPLE.exists():
        pytest.skip("../shared/examples not found: shared data is needed")
    db = tmp_path / "k.db"
    report = ingest(db, [EXAMPLE, Path(__file__).resolve().parents[1] / "examples"])
    assert report.added >= 2 and not report.problems
    c = sqlite3.connect(db)
    text, record = c.execute("SELECT text, record FROM articles WHERE id = ?",
                             (article_id(EXAMPLE.read_text(encoding="utf-8")),)).fetchone()
    rec = json.loads(record)
    assert rec["text"] == text
    assert c.execute("SELECT COUNT(*) FROM quotes q JOIN articles a ON a.rowid = q.article"
                     " WHERE a.text = ?", (text,)).fetchone()[0] == len(rec["quotes"])
    for art_text, start, end, qtext in c.execute(
            'SELECT a.text, q.start, q."end", q.text FROM quotes q'
            " JOIN articles a ON a.rowid = q.article"):
        assert art_text[start:end] == qtext
    for (art_text, start, end, mtext) in c.execute(
            'SELECT a.text, m.start, m."end", m.text FROM mentions m'
            " JOIN articles a ON a.rowid = m.article"):
        assert art_text[start:end] == mtext


# ---------------------------------------------------------------- the news corpora


def test_directory_reading_covers_every_corpus_article():
    data = SHARED / "data"
    if not (data / "news").is_dir():
        pytest.skip("../shared/data not found: shared corpora are needed")
    ids = set()
    for x in read_paths([data / "news"]):
        if isinstance(x, Item):
            ids.add(article_id(x.text))
    wanted = {article_id(a.text) for a in iter_articles(data)}
    assert wanted and wanted <= ids


def _exploding_component():
    """A pipeline component that fails on texts containing "विस्फोट"."""

    def run(doc):
        if "विस्फोट" in doc.text:
            raise RuntimeError("boom")

    return run


def test_an_article_that_breaks_extraction_is_reported(tmp_path: Path, monkeypatch):
    from khabar import pipeline

    monkeypatch.setattr(pipeline, "COMPONENTS",
                        {**pipeline.COMPONENTS, "boom": "test_ingest:_exploding_component"})
    (tmp_path / "a.txt").write_text(STORY_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text("रांची: विस्फोट की खबर.", encoding="utf-8")
    (tmp_path / "c.txt").write_text(STORY_B, encoding="utf-8")
    report = ingest(tmp_path / "k.db", [tmp_path])
    assert report.added == 2
    (p,) = report.problems
    assert p.origin.endswith("b.txt") and p.reason == "extraction failed: RuntimeError: boom"


def test_a_pipeline_that_cannot_load_stops_with_one_line(tmp_path: Path, monkeypatch, capsys):
    from khabar import pipeline
    from khabar.cli import main

    monkeypatch.setattr(pipeline, "COMPONENTS", {"x": "khabar.no_such_module:Thing"})
    (tmp_path / "a.txt").write_text(STORY_A, encoding="utf-8")
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "k.db"),
                 "--jobs", "1", "-q"]) == 2
    err = capsys.readouterr().err
    assert "the pipeline could not be loaded: ModuleNotFoundError" in err
    assert "Traceback" not in err
