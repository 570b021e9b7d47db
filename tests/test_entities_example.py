"""Acceptance on the canonical example article (needs ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.pipeline import Pipeline

EXAMPLE = (
    Path(__file__).resolve().parents[1] / ".." / "shared" / "examples"
    / "ranchi-congress-minority-meeting.txt"
)
PEOPLE = {
    "राजेश ठाकुर": "Rajesh Thakur",
    "मंजूर अंसारी": "Manzoor Ansari",
    "उमैर खान": "Umair Khan",
    "मंजूर अहमद अंसारी": "Manzoor Ahmad Ansari",
    "राहुल गांधी": "Rahul Gandhi",
    "हेमंत सोरेन": "Hemant Soren",
    "चंपाई": "Champai",
}


@pytest.fixture(scope="module")
def article():  # type: ignore[no-untyped-def]
    if not EXAMPLE.exists():
        pytest.skip("../shared/examples not found: the shared example article is needed")
    return Pipeline(components=["entities"])(EXAMPLE.read_text(encoding="utf-8"))


def test_seven_people_once_each_with_latin(article) -> None:  # type: ignore[no-untyped-def]
    persons = [e for e in article.entities if e.type == "PERSON"]
    assert sorted(e.name for e in persons) == sorted(PEOPLE)
    for e in persons:
        assert e.latin == PEOPLE[e.name]


def test_people_mentions(article) -> None:  # type: ignore[no-untyped-def]
    by_name = {e.name: e for e in article.entities}
    thakur = [m.text for m in by_name["राजेश ठाकुर"].mentions]
    assert len(thakur) == 5 and set(thakur) == {"राजेश ठाकुर"}
    assert len(by_name["उमैर खान"].mentions) == 5
    assert [m.text for m in by_name["मंजूर अंसारी"].mentions] == ["मंजूर अंसारी"]
    assert [m.text for m in by_name["मंजूर अहमद अंसारी"].mentions] == ["मंजूर अहमद अंसारी"]


def test_not_people_and_types(article) -> None:  # type: ignore[no-untyped-def]
    types: dict[str, set[str]] = {}
    for e in article.entities:
        types.setdefault(e.name, set()).add(e.type)
    for name in ("इंडिया गठबंधन", "महागठबंधन", "शनिवार", "लोकसभा"):
        assert "PERSON" not in types.get(name, set()), name
    for name in ("कांग्रेस", "इंडिया गठबंधन", "महागठबंधन", "अल्पसंख्यक आयोग"):
        assert types.get(name) == {"ORG"}, (name, types.get(name))
    for name in ("रांची", "झारखंड"):
        assert types.get(name) == {"LOC"}, (name, types.get(name))


def test_offsets_point_into_the_original(article) -> None:  # type: ignore[no-untyped-def]
    for e in article.entities:
        for m in e.mentions:
            assert article.text[m.start : m.end] == m.text
            assert m.text.strip() == m.text and m.text
