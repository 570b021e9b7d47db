"""``khabar eval amounts``: gold numbers of fire2018 spans, pairing, baseline, and the
scores on the shared data."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from khabar.evaluation.amounts import (
    Counts,
    DigitsBaseline,
    SpanReader,
    System,
    fire_recall,
    gold_articles,
    gold_scores,
    khabar_system,
    match,
    run,
)
from khabar.record import Amount

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"


def need_data() -> None:
    if not (DATA / "news" / "fire2018-events").is_dir():
        pytest.skip("../shared/data not found: shared corpora are needed")


@pytest.mark.parametrize(
    ("span", "values"),
    [
        ("21 लोगों की मौत", [21]),
        ("एक करोड़ तीस लाख लोग प्रभावित", [13000000]),
        ("४१ हजार लोग मारे", [41000]),
        ("१०,००० लोग मारे गए।", [10000]),
        ("6 लोगों की मौत 100 से ज्यादा घायल", [6, 100]),
        ("15-20 लोग लोग चोटिल", [15, 20]),
        ("तीन-तीन,", [3, 3]),
        ("ढ़ाई सौ पेड़ धराशायी", [250]),
        ("साढ़े तीन हजार लोग", [3500]),
        ("दो सौ पांच लोग", [205]),
        ("कई लोग मारे गए", []),
        ("मरने वालों की संख्या हजारों में पहुंच गई", []),
        ("तीसरे", []),
        ("तीव्रता ७.९", [7.9]),
    ],
)
def test_span_reader(span: str, values: list[float]) -> None:
    text = "आगे " + span + " पीछे"
    got = SpanReader()(text, 4, 4 + len(span))
    assert [g.value for g in got] == values
    for g in got:
        assert 4 <= g.start < g.end <= 4 + len(span)


def test_match_pairs_one_to_one() -> None:
    gold = [
        {"start": 0, "end": 6, "value": 20, "value_max": None, "unit": "year", "approx": False},
        {"start": 10, "end": 16, "value": 2, "value_max": None, "unit": "seat", "approx": False},
        {"start": 30, "end": 40, "value": 5, "value_max": None, "unit": "case", "approx": False},
    ]
    system = [
        Amount(0, 6, 20, "", None, "year"),
        Amount(10, 16, 2, "", None, "vote"),
        Amount(20, 25, 7, "", None, None),
    ]
    c, errors = match(gold, system)
    assert (c.gold, c.system, c.span, c.value, c.value_unit) == (3, 3, 2, 2, 1)
    assert sorted(e["kind"] for e in errors) == ["missed", "spurious", "wrong"]
    assert c.prf(c.value_unit) == {"p": 0.3333, "r": 0.3333, "f1": 0.3333}
    assert Counts().prf(0) == {"p": 0.0, "r": 0.0, "f1": 0.0}


def test_baseline_is_digits_only() -> None:
    got = DigitsBaseline()("करीब 1,00,000 लोग और दो सीट, 16,500 करोड़ रुपये")
    assert [(a.value, a.unit) for a in got] == [(100000, "people"), (16500, None)]


def test_fire2018_recall() -> None:
    need_data()
    from khabar.corpora import fire2018

    systems: dict[str, System] = {"khabar": khabar_system(), "baseline": DigitsBaseline()}
    res = fire_recall(fire2018(DATA), systems, SpanReader())
    cas = res["CASUALTIES-ARG"]
    assert cas["numbers"] > 1500
    assert cas["recall"]["khabar"] >= 0.90
    assert cas["recall"]["khabar"] > cas["recall"]["baseline"] + 0.2
    assert res["MAGNITUDE-ARG"]["recall"]["khabar"] >= 0.95


def test_gold_set_dev() -> None:
    need_data()
    items = [x for x in gold_articles(DATA) if x[0] == "dev"]
    if not items:
        pytest.skip("no annotated dev articles with amounts yet")
    systems: dict[str, System] = {"khabar": khabar_system(), "baseline": DigitsBaseline()}
    scores, _ = gold_scores(items, systems)
    dev = scores["dev"]
    assert dev["khabar"]["value"]["f1"] >= 0.9
    assert dev["khabar"]["value_unit"]["f1"] >= 0.85
    assert dev["khabar"]["value_unit"]["f1"] > dev["baseline"]["value_unit"]["f1"] + 0.3


def test_eval_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    need_data()
    out = tmp_path / "amounts.json"
    rc = run(argparse.Namespace(data=str(DATA), json_out=str(out), limit=40))
    assert rc == 0
    printed = capsys.readouterr().out
    assert "CASUALTIES-ARG" in printed and "baseline" in printed
    res = json.loads(out.read_text(encoding="utf-8"))
    assert set(res) == {"fire2018", "gold", "dev_errors"}


def test_eval_command_without_data(tmp_path: Path) -> None:
    assert run(argparse.Namespace(data=str(tmp_path), json_out=None, limit=None)) == 2
