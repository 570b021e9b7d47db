"""Entities on hostile input: one enormous "sentence", one enormous "word".

Memory must stay bounded (the CRF sees windows of at most MAX_WINDOW tokens) and
time must grow linearly with the input (ratio tests, not absolute timings).
"""

from __future__ import annotations

import time
import tracemalloc

import pytest

from khabar.entities import component as C
from khabar.entities.component import EntityRecognizer
from khabar.pipeline import TextLayer


class _Spy:
    """Wraps the CRF tagger and records the longest sequence it was given."""

    def __init__(self, tagger: object) -> None:
        self.tagger = tagger
        self.longest = 0

    def __call__(self, words: list[str]) -> list[str]:
        self.longest = max(self.longest, len(words))
        return self.tagger(words)  # type: ignore[operator]

    def tag_keys(self, words: list[str]) -> tuple[list[str], list[str]]:
        self.longest = max(self.longest, len(words))
        return self.tagger.tag_keys(words)  # type: ignore[attr-defined, no-any-return]

    def __getattr__(self, name: str) -> object:
        return getattr(self.tagger, name)


def _entities_time_and_peak(rec: EntityRecognizer, layer: TextLayer, text: str) -> tuple[float, int]:
    doc = layer(text)
    tracemalloc.start()
    try:
        t = time.perf_counter()
        rec(doc)
        elapsed = time.perf_counter() - t
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return elapsed, peak


def test_long_sentence_is_tagged_in_bounded_windows(rec: EntityRecognizer, layer: TextLayer) -> None:
    spy = _Spy(rec.recognizer.tagger)
    rec.recognizer.tagger = spy  # type: ignore[assignment]
    try:
        doc = layer("लाख-" * 20_000 + " राजेश ठाकुर ने कहा " + "राम " * 5_000)
        assert len(doc.sentences) <= 2  # one huge "sentence" (no sentence punctuation)
        rec(doc)
    finally:
        rec.recognizer.tagger = spy.tagger  # type: ignore[assignment]
    assert 0 < spy.longest <= C.MAX_WINDOW
    for ent in doc.entities:
        for m in ent.mentions:
            assert doc.text[m.start : m.end] == m.text
            assert len(m.text) <= C.MAX_NAME_CHARS


def test_windows_cover_the_run_and_prefer_punctuation(rec: EntityRecognizer) -> None:
    keys = ["राम"] * 150 + [","] + ["राम"] * 500
    wins = rec._windows(keys, 0, len(keys))
    assert wins[0] == (0, 151)  # cut after the comma
    assert all(b - a <= C.MAX_WINDOW for a, b in wins)
    assert [a for a, _ in wins[1:]] == [b for _, b in wins[:-1]]
    assert wins[-1][1] == len(keys)


def test_huge_word_is_bounded(rec: EntityRecognizer, layer: TextLayer) -> None:
    """A 2 M-character "word" is neither featurised nor romanised letter by letter."""
    word = "राजेश" * 400_000
    elapsed, peak = _entities_time_and_peak(rec, layer, f"श्री {word} ने कहा कि {word} आए।")
    assert peak < 40_000_000  # a few copies of the word at most, no per-letter blow-up
    small, _ = _entities_time_and_peak(rec, layer, "श्री राजेश ने कहा कि राजेश आए।")
    assert elapsed < small + 5.0  # linear scans of the word only


@pytest.mark.parametrize("unit", ["लाख-", "राम "])
def test_memory_stays_small_on_a_long_sentence(
    rec: EntityRecognizer, layer: TextLayer, unit: str
) -> None:
    _, peak = _entities_time_and_peak(rec, layer, unit * 20_000)  # 80k characters
    assert peak < 10_000_000


@pytest.mark.slow
@pytest.mark.parametrize("unit", ["लाख-", "राम "])
def test_one_million_characters_linear(rec: EntityRecognizer, layer: TextLayer, unit: str) -> None:
    reps = 1_000_000 // len(unit)
    small_t, small_peak = _entities_time_and_peak(rec, layer, unit * (reps // 4))
    big_t, big_peak = _entities_time_and_peak(rec, layer, unit * reps)
    # 4x the input: about 4x the time (quadratic would be 16x), and memory that grows
    # only with the per-token lists (keys, coverage), never with a CRF lattice
    assert big_t < 7 * small_t + 0.5
    assert big_peak < 60_000_000
    assert big_peak < 6 * small_peak + 5_000_000
