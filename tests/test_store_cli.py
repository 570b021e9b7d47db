"""The store's commands through ``khabar.cli.main``: ingest, search, who, quotes, export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_store_corpus import corpus, write_jsonl

from khabar.cli import main
from khabar.pipeline import COMPONENTS

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
EXAMPLE = SHARED / "examples" / "ranchi-congress-minority-meeting.txt"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    tmp = tmp_path_factory.mktemp("cli")
    path = str(tmp / "k.db")
    assert main(["ingest", str(write_jsonl(tmp / "c.jsonl")), "--db", path, "-q"]) == 0
    return path


def run_json(capsys, *argv: str):
    code = main([*argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_ingest_summary_json(tmp_path: Path, capsys):
    src = write_jsonl(tmp_path / "c.jsonl")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00garbage" * 3)
    code, rep = run_json(capsys, "ingest", str(src), str(tmp_path / "bad.txt"), "--db",
                         str(tmp_path / "k.db"), "-q")
    assert code == 0 and rep["added"] == len(corpus()) and rep["people"] > 0
    assert [p["origin"] for p in rep["problems"]] == [(tmp_path / "bad.txt").as_posix()]
    code, rep = run_json(capsys, "ingest", str(src), "--db", str(tmp_path / "k.db"), "-q")
    assert rep["added"] == 0 and rep["present"] == len(corpus())


def test_ingest_errors_are_one_line(tmp_path: Path, capsys):
    assert main(["ingest", str(tmp_path), "--db", str(tmp_path / "no" / "k.db")]) == 2
    assert "no such directory" in capsys.readouterr().err
    assert main(["who", "x", "--db", str(tmp_path / "missing.db")]) == 2
    err = capsys.readouterr().err
    assert "no such database" in err and "Traceback" not in err


def test_who_in_both_scripts(db: str, capsys):
    _, a = run_json(capsys, "who", "Rajesh Thakur", "--db", db)
    _, b = run_json(capsys, "who", "राजेश ठाकुर", "--db", db)
    assert a["id"] == b["id"] and a["n_quotes"] == 4
    code, many = run_json(capsys, "who", "ठाकुर", "--db", db)
    assert code == 0 and len(many["candidates"]) == 3
    assert main(["who", "Nobody Here", "--db", db]) == 1
    assert main(["who", "--id", str(a["id"]), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "राजेश ठाकुर" in out and "प्रदेश अध्यक्ष" in out


def test_search_quotes_export(db: str, capsys, tmp_path: Path):
    code, res = run_json(capsys, "search", "अल्पसंख्यक*", "--db", db)
    assert code == 0 and len(res["articles"]) == 2
    assert main(["search", "एकजुट", "--db", db]) == 0
    assert "एकजुट" in capsys.readouterr().out
    code, qs = run_json(capsys, "quotes", "--speaker", "umair khan", "--db", db)
    assert [q["text"] for q in qs] == ["पार्टी पूरी तरह एकजुट है", "सूची तैयार है"]
    _, qs = run_json(capsys, "quotes", "--speaker", "Rajesh Thakur", "--since", "2024-07-01",
                     "--contains", "संगठन", "--db", db)
    assert [q["text"] for q in qs] == ["संगठन मजबूत है"]
    assert main(["quotes", "--since", "yesterday", "--db", db]) == 2
    assert main(["export", "--format", "parquet", "--db", db]) == 2
    capsys.readouterr()
    out = tmp_path / "people.csv"
    assert main(["export", "--format", "csv", "--table", "people", "-o", str(out),
                 "--db", db]) == 0
    assert out.read_text(encoding="utf-8").startswith("id,type,name,latin")
    assert main(["export", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(corpus()) and json.loads(lines[0])["schema"] == "khabar.article/1"


def test_example_article_person_in_both_scripts(tmp_path: Path, capsys):
    """The acceptance check of the corpus issue, on the real pipeline."""
    if not EXAMPLE.exists():
        pytest.skip("../shared/examples not found: shared data is needed")
    if "entities" not in COMPONENTS:
        pytest.skip("the entities component is not in the pipeline yet")
    db = str(tmp_path / "k.db")
    assert main(["ingest", str(EXAMPLE), "--db", db, "-q"]) == 0
    capsys.readouterr()
    _, a = run_json(capsys, "who", "Rajesh Thakur", "--db", db)
    _, b = run_json(capsys, "who", "राजेश ठाकुर", "--db", db)
    assert a["id"] == b["id"] and a["type"] == "PERSON" and a["name"] == "राजेश ठाकुर"
    assert a["n_quotes"] >= 2
    _, u = run_json(capsys, "who", "umair khan", "--db", db)
    assert u["name"] == "उमैर खान"
