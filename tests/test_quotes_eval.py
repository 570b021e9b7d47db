"""The scoring rules of ``khabar eval quotes`` (name matching, overlap, optional gold)."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.evaluation.quotes import Counts, NameMatcher, Pred, baseline, overlap_ok, score_article

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"


def test_overlap_is_half_of_the_longer_span():
    assert overlap_ok((0, 10), (0, 10))
    assert overlap_ok((0, 10), (5, 15))  # 5 of 10 shared
    assert not overlap_ok((0, 10), (6, 16))
    assert not overlap_ok((0, 100), (0, 40))  # a long prediction never matches a short gold


def test_name_variants():
    m = NameMatcher()
    people = [m.norm(n) for n in ("राजेश ठाकुर", "मंजूर अंसारी", "मंजूर अहमद अंसारी")]
    assert m.same("ठाकुर", "राजेश ठाकुर", people)
    assert m.same("प्रदेश अध्यक्ष राजेश ठाकुर", "राजेश ठाकुर", people)
    assert m.same("श्री राजेश ठाकुर जी", "राजेश ठाकुर", people)
    assert not m.same("मंजूर अंसारी", "मंजूर अहमद अंसारी", people)
    assert not m.same("अंसारी", "मंजूर अंसारी", people)  # fits two people
    assert m.same("स्वास्थ्य मंत्रालय", "केंद्रीय स्वास्थ्य मंत्रालय", [])
    assert m.same("मुताबिक़", "मुताबिक", [])  # nukta variants
    assert m.same("गृह मंत्रालय", "गृहमंत्रालय", [])  # a body whose first word opens a title
    assert not m.same("गृह मंत्रालय", "विदेश मंत्रालय", [])
    # a longer prediction that contains the gold name matches, as a shorter one does,
    # unless another gold name fits too
    jio = [m.norm("जियो टेलीविज़न")]
    assert m.same("स्थानीय जियो टेलीविज़न", "जियो टेलीविज़न", jio)
    assert m.same("जियो", "जियो टेलीविज़न", jio)
    assert not m.same("राहुल गांधी", "गांधी", [m.norm("गांधी"), m.norm("सोनिया गांधी")])
    assert not m.same("सरकार के सूत्रों", "सरकार", [m.norm("सरकार")], longer_ok=False)


def test_scoring_attribution_span_and_optional_gold():
    gold = {
        "persons": [{"name": "राजेश ठाकुर", "mentions": []}],
        "quotes": [
            {"start": 0, "end": 20, "kind": "indirect", "speaker": "राजेश ठाकुर", "speaker_type": "PERSON"},
            {"start": 30, "end": 50, "kind": "continuation", "speaker": None, "speaker_type": "UNNAMED"},
            {"start": 60, "end": 80, "kind": "continuation", "speaker": "राजेश ठाकुर",
             "speaker_type": "PERSON", "uncertain": True},
        ],
    }
    preds = [
        Pred(0, 18, "indirect", ["राजेश ठाकुर"], False),
        Pred(30, 50, "continuation", ["राजेश ठाकुर"], False),  # right span, wrong speaker
        Pred(90, 99, "indirect", ["सूत्रों"], True),  # nothing there
    ]
    c = Counts()
    score_article(gold, preds, NameMatcher(), c)
    assert (c.pred, c.gold, c.tp_attr, c.tp_span) == (3, 2, 1, 2)  # the uncertain one is optional
    p, r, f = c.prf(attr=True)
    assert (round(p, 3), r, round(f, 3)) == (0.333, 0.5, 0.4)


def test_baseline_reads_ne_kaha_ki():
    text = "प्रदेश अध्यक्ष राजेश ठाकुर ने कहा कि सब ठीक है। फिर बैठक हुई।"
    (p,) = baseline(text)
    assert text[p.start : p.end] == "सब ठीक है" and p.names == ["अध्यक्ष राजेश ठाकुर"]


def test_article_numbers_ranges_and_errors() -> None:
    from khabar.evaluation.scores import article_numbers

    assert article_numbers(None) is None
    assert article_numbers("3") == frozenset({3})
    assert article_numbers("0-2, 7") == frozenset({0, 1, 2, 7})
    for bad in ("x", "5-1", "1-"):
        with pytest.raises(ValueError):
            article_numbers(bad)


def test_eval_articles_option_picks_gold_articles() -> None:
    if not (DATA / "news").is_dir():
        pytest.skip("../shared/data not found: shared corpora are needed")
    from khabar.evaluation.quotes import load_gold

    golds = load_gold(DATA, numbers=frozenset({0, 1, 2}))
    assert [g.number for g in golds] == [0, 1, 2]
