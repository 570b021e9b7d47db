"""The whole pipeline (entities, roles, amounts, quotes) on the example article: the
acceptance of the quotes and roles issues, with the entities khabar itself finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.record import Article

EXAMPLE = Path(__file__).resolve().parents[1] / ".." / "shared" / "examples" / "ranchi-congress-minority-meeting.txt"


@pytest.fixture(scope="module")
def article() -> Article:
    if not EXAMPLE.exists():
        pytest.skip("../shared/examples not found: the example article is needed")
    from khabar.pipeline import COMPONENTS, Pipeline

    if "entities" not in COMPONENTS:
        pytest.skip("the entities component is not registered")
    try:
        nlp = Pipeline()
    except FileNotFoundError as exc:  # e.g. a model not trained in this checkout
        pytest.skip(f"pipeline cannot load: {exc}")
    return nlp(EXAMPLE.read_text(encoding="utf-8"))


def _name(article: Article, entity_id: str | None) -> str | None:
    ent = article.entity(entity_id)
    return ent.name if ent else None


def test_ten_statements_with_their_speakers(article):
    explicit = [q for q in article.quotes if q.kind != "continuation" and q.reported_by is None]
    assert [_name(article, q.speaker) for q in explicit] == ["उमैर खान"] * 4 + ["राजेश ठाकुर"] * 6
    assert all(q.text == article.text[q.start : q.end] for q in article.quotes)
    inner = [q for q in article.quotes if q.reported_by is not None]
    assert [(_name(article, q.speaker), _name(article, q.reported_by)) for q in inner] == [
        ("राहुल गांधी", "राजेश ठाकुर")
    ]
    assert inner[0].text == "जिसकी जितनी आबादी उसको उतनी भागीदारी"
    conts = [q for q in article.quotes if q.kind == "continuation"]
    assert len(conts) >= 5
    for heading in ("दायित्व नहीं निभाने", "अल्पसंख्यक समाज के लिए"):
        assert not any(q.text.startswith(heading) for q in article.quotes)


def test_amounts_are_linked_to_the_quotes_they_stand_in(article):
    linked = {i for q in article.quotes for i in q.amounts}
    for i in linked:
        a = article.amounts[i]
        assert any(q.start <= a.start and a.end <= q.end and i in q.amounts for q in article.quotes)
    texts = {article.amounts[i].text for i in linked}
    assert {"100 प्रतिशत", "20 वर्षों", "दो सीट"} <= texts, texts


def test_roles_of_the_example(article):
    roles = {e.name: [(r.title, r.org) for r in e.roles] for e in article.entities if e.type == "PERSON"}
    assert ("अध्यक्ष", "प्रदेश कांग्रेस कमेटी") in roles["राजेश ठाकुर"]
    assert any(t == "प्रदेश अध्यक्ष" and o and "विभाग" in o for t, o in roles["मंजूर अंसारी"])
    assert any(t == "प्रदेश प्रभारी" for t, _ in roles["उमैर खान"])
    assert ("वरिष्ठ नेता", "कांग्रेस") in roles["मंजूर अहमद अंसारी"]
