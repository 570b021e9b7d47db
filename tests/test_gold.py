"""The quote gold set is consistent: files agree with the selection, every span's check
matches the article text at its offsets, and no file holds more than a few words of text."""

import json
from pathlib import Path

import pytest

from khabar.evaluation.quotes import GOLD_DIR, load_gold

SHARED_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
SPAN_KINDS = ("quotes", "roles", "amounts")
MAX_CHECK_WORDS = 4


def _selection() -> list[dict]:
    return json.loads((GOLD_DIR / "selection.json").read_text(encoding="utf-8"))


def _files() -> list[tuple[int, dict]]:
    out = []
    for f in sorted((GOLD_DIR / "articles").glob("*.json")):
        out.append((int(f.stem), json.loads(f.read_text(encoding="utf-8"))))
    return out


def test_every_file_matches_its_selection_entry() -> None:
    selection = _selection()
    files = _files()
    assert files, "no gold article files"
    for n, data in files:
        assert n < len(selection), f"gold file {n} has no selection entry"
        sel = selection[n]
        for key in ("path", "index", "article_id", "split"):
            assert data[key] == sel[key], f"gold file {n}: {key} differs from selection.json"


def test_checks_are_at_most_a_few_words() -> None:
    for n, data in _files():
        for kind in SPAN_KINDS:
            for item in data.get(kind, []):
                check = item.get("check")
                assert check, f"gold file {n}: a {kind} span without a check"
                assert len(check.split()) <= MAX_CHECK_WORDS, f"gold file {n}: long check"


def test_spans_point_at_their_checks_in_the_article_text() -> None:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data not found: the shared corpora are needed")
    golds = load_gold(SHARED_DATA)
    assert len(golds) == len(_files())
    for g in golds:
        text = g.text
        for kind in SPAN_KINDS:
            for item in g.data.get(kind, []):
                span = text[item["start"] : item["end"]]
                assert span.startswith(item["check"]), (g.number, kind, item["check"])
        for q in g.data.get("quotes", []):
            where = q.get("speaker_span")
            if where and q.get("speaker_text"):
                assert text[where[0] : where[1]] == q["speaker_text"], (g.number, q["speaker_text"])
        for person in g.data.get("persons", []):
            for start, end in person["mentions"]:
                assert 0 <= start < end <= len(text), (g.number, person["name"])
