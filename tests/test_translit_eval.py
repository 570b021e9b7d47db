"""Romanisation accuracy on a sample of Xlit-Crowd (eval data, read from ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.evaluation.translit import aksharamukha_romanizer, evaluate, score
from khabar.translit.data import xlit_crowd

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"


@pytest.fixture(scope="module")
def refs() -> dict[str, set[str]]:
    if not (DATA / "lexicons" / "xlit-crowd-hi-en").is_dir():
        pytest.skip("../shared/data not found: shared corpora are needed")
    return xlit_crowd(DATA)


def test_eval_pairs_are_read(refs: dict[str, set[str]]) -> None:
    assert len(refs) > 9000
    assert all(r.isascii() and r.islower() for rs in list(refs.values())[:500] for r in rs)


def test_beats_plain_aksharamukha_on_a_sample(refs: dict[str, set[str]]) -> None:
    if aksharamukha_romanizer() is None:
        pytest.skip("aksharamukha is not installed")
    res = evaluate(DATA, limit=1500)
    acc = {name: m["accuracy"] for name, m in res["results"].items()}  # type: ignore[attr-defined]
    assert acc["khabar"] >= acc["aksharamukha"] + 0.05, acc
    assert acc["khabar model"] > acc["khabar rules"], acc
    assert acc["khabar"] > 0.40, acc


def test_score_counts_any_reference() -> None:
    refs = {"क": {"ka", "k"}, "ख": {"kha"}}
    m = score(refs, lambda w: {"क": "K", "ख": "x"}[w], known=set())
    assert m["accuracy"] == 0.5
    assert m["per_pair"] == pytest.approx(1 / 3)
