"""Dates: absolute, weekday and relative expressions, resolved with and without a
publication date."""

from __future__ import annotations

import datetime
import time

import pytest

from khabar.dates import DateGrammar, is_future, parse_published, resolve
from khabar.pipeline import Pipeline
from khabar.record import Meta

PUB = "2024-06-22"  # a Saturday


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["amounts", "dates"])


def dates(nlp: Pipeline, text: str, published: str | None = PUB) -> list[tuple[str, str | None]]:
    art = nlp(text, Meta(published=published))
    for d in art.dates:
        assert text[d.start : d.end] == d.text
    return [(d.text, d.value) for d in art.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15 जून 2024 को बैठक हुई।", [("15 जून 2024", "2024-06-15")]),
        ("15/06/2024 को", [("15/06/2024", "2024-06-15")]),
        ("15-06-24 को", [("15-06-24", "2024-06-15")]),
        ("15.06.2024 को", [("15.06.2024", "2024-06-15")]),
        ("2024-06-15 को", [("2024-06-15", "2024-06-15")]),
        ("15 जून को", [("15 जून", "2024-06-15")]),
        ("चार मार्च तक", [("चार मार्च", "2024-03-04")]),
        ("28 दिसंबर को", [("28 दिसंबर", "2023-12-28")]),  # nearest to the publication
        ("14 से 20 अप्रैल तक", [("14 से 20 अप्रैल", "2024-04-14")]),
        ("जून 2024 में", [("जून 2024", "2024-06")]),
        ("5 April 2020", [("5 April 2020", "2020-04-05")]),
        ("अप्रैल में", [("अप्रैल", "2024-04")]),
        ("लोकसभा चुनाव 2024 की समीक्षा", [("2024", "2024")]),
        ("वर्ष 2019-20 में", [("वर्ष 2019-20", "2019")]),
        ("2010 से 2015 तक", [("2010", "2010"), ("2015", "2015")]),
        # weekdays: the most recent such day on or before the publication date
        ("शनिवार को बैठक की गई।", [("शनिवार", "2024-06-22")]),
        ("सोमवार को बैठक हुई थी।", [("सोमवार", "2024-06-17")]),
        ("सोमवार को बैठक होगी।", [("सोमवार", "2024-06-24")]),
        ("पिछले शनिवार को", [("पिछले शनिवार", "2024-06-15")]),
        ("अगले शुक्रवार को", [("अगले शुक्रवार", "2024-06-28")]),
        # relative days by tense
        ("आज बैठक है।", [("आज", "2024-06-22")]),
        ("कल बैठक हुई थी।", [("कल", "2024-06-21")]),
        ("कल बैठक होगी।", [("कल", "2024-06-23")]),
        ("कल मंत्री आएंगे।", [("कल", "2024-06-23")]),
        ("परसों रैली हुई।", [("परसों", "2024-06-20")]),
        ("परसों रैली होने वाली है।", [("परसों", "2024-06-24")]),
        # periods
        ("पिछले साल", [("पिछले साल", "2023")]),
        ("इस वर्ष", [("इस वर्ष", "2024")]),
        ("अगले महीने", [("अगले महीने", "2024-07")]),
        ("बीते सप्ताह", [("बीते सप्ताह", "2024-W24")]),
        ("दो दिन पहले", [("दो दिन पहले", "2024-06-20")]),
        ("3 साल पहले", [("3 साल पहले", "2021")]),
        ("दो महीने बाद", [("दो महीने बाद", "2024-08")]),
    ],
)
def test_dates_with_published(nlp: Pipeline, text: str, expected: list) -> None:
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("शनिवार को बैठक की गई।", [("शनिवार", None)]),
        ("कल बैठक हुई।", [("कल", None)]),
        ("15 जून को", [("15 जून", None)]),
        ("पिछले साल", [("पिछले साल", None)]),
        ("15 जून 2023 को", [("15 जून 2023", "2023-06-15")]),
        ("जून 2024 में", [("जून 2024", "2024-06")]),
        ("15/06/2024 को", [("15/06/2024", "2024-06-15")]),
    ],
)
def test_dates_without_published(nlp: Pipeline, text: str, expected: list) -> None:
    assert dates(nlp, text, None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "कल-कारखाने बंद हैं।",
        "2000 लोग आए।",
        "2000 से अधिक लोग घायल",
        "45/13/2020 को",
        "31 फरवरी को",
        "आजकल लोग",
        "मार्च निकाला गया",
    ],
)
def test_not_dates(nlp: Pipeline, text: str) -> None:
    assert dates(nlp, text) == []


def test_malformed_published(nlp: Pipeline) -> None:
    assert dates(nlp, "कल बैठक हुई।", "not a date") == [("कल", None)]
    assert dates(nlp, "कल बैठक हुई।", "2024-02-30") == [("कल", None)]
    assert parse_published("2024-06-22T10:00:00") == datetime.date(2024, 6, 22)


def test_resolution_helpers() -> None:
    g = DateGrammar()
    (hit,) = g.find("शनिवार")
    pub = datetime.date(2024, 6, 20)  # Thursday
    assert resolve(hit, pub) == "2024-06-15"
    assert resolve(hit, pub, future=True) == "2024-06-22"
    assert resolve(hit, None) is None
    assert is_future("कल बैठक होगी। फिर कुछ हुआ था।", 2)
    assert not is_future("कल बैठक हुई। फिर बैठक होगी।", 2)
    assert not is_future("कल आग लगी।", 2)  # लगी is past, not a future -गी


def test_example_article_weekday(nlp: Pipeline) -> None:
    text = "रांची: शनिवार को झारखंड प्रदेश कांग्रेस कार्यालय में बैठक की गई."
    assert dates(nlp, text, "2024-06-24") == [("शनिवार", "2024-06-22")]


def test_hostile_dates_are_linear() -> None:
    g = DateGrammar()
    for text in ("15 जून " * 100_000, "1" * 1_000_000, "कल " * 200_000, "12/" * 200_000):
        t = time.perf_counter()
        hits = g.find(text)
        assert time.perf_counter() - t < 10
        assert all(0 <= h.start < h.end <= len(text) for h in hits)
