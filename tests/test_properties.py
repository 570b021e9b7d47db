"""Property-based tests: for any Unicode input the extractor never raises, every span
is valid and round-trips, records match the schema, and run time stays linear."""

from __future__ import annotations

import time
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khabar.pipeline import Pipeline
from khabar.validate import RecordValidator

HINDI_BITS = [
    "राजेश ठाकुर", " ने कहा कि ", "।", " ।", ".", "भागीदारी.इसका", "ः ", ": ", "\u200d", "\u200c",
    "\u095b", "\u091c\u093c", "“", "”", '"', "'", "(", ")", "\n", "\n\n", "१६,५००", "3.5", "डॉ.",
    "ए.के.", "लाख-दो लाख", "शत-प्रतिशत", " ", "\t", "|", "-", "—", "?", "!", "…", "...", "ि", "्",
    "\ufeff", "\u00ad", "रांची: ", "नई दिल्ली, एएनआइ । ",
    # vowels typed as two signs (ा+े for ो, ा+ै for ौ, ा+ॅ for ॉ, अ+ा for आ, ए+े for ऐ)
    "ल\u093e\u0947ग", "\u093e\u0947", "\u093e\u0948", "\u093e", "\u0947", "\u0948", "\u0945",
    "\u0921\u093e\u0945.", "\u0905", "\u0905\u093e", "\u090f\u0947", "\u0947\u093e",
]

hindi_like = st.lists(
    st.one_of(st.sampled_from(HINDI_BITS), st.text(max_size=5)), max_size=40
).map("".join)
any_text = st.one_of(st.text(max_size=300), hindi_like)


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="module")
def validator() -> RecordValidator:
    return RecordValidator()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=any_text)
def test_any_text_gives_a_valid_record(nlp: Pipeline, validator: RecordValidator, text: str) -> None:
    record = nlp(text).to_dict()
    assert record["text"] == text
    assert validator.errors(record) == []
    for s in record["sentences"]:
        assert 0 <= s["start"] < s["end"] <= len(text)
        assert text[s["start"] : s["end"]].strip() != ""


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=any_text)
def test_normalised_spans_map_inside_the_original(nlp: Pipeline, text: str) -> None:
    doc = nlp.text_layer(text)
    assert unicodedata.is_normalized("NFC", doc.text)
    prev = (0, 0)
    for s, e in doc.tokens:
        a, b = doc.norm.to_orig(s, e)
        assert 0 <= a < b <= len(text)
        assert a >= prev[0] and b >= prev[1]  # order is kept
        prev = (a, b)
        if not doc.norm.edits:
            # one-to-one normalisation: same length, same place
            assert (a, b) == (s, e)


split_vowel_text = st.lists(
    st.sampled_from(["क", "ल", "ग", " ", ".", "\u093e", "\u0947", "\u0948", "\u0945", "\u0902",
                     "\u093c", "\u094d", "\u0905", "\u090f", "\u200d", "\u0958"]),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=split_vowel_text)
def test_split_vowels_join_and_every_word_maps_back(nlp: Pipeline, text: str) -> None:
    """Vowel signs typed as two (ा+े) become one letter (ो); each token maps back to an
    original span that, normalised on its own, gives the same token."""
    doc = nlp.text_layer(text)
    assert "\u093e\u0947" not in doc.text and "\u093e\u0948" not in doc.text
    assert unicodedata.is_normalized("NFC", doc.text)
    normalize = nlp.text_layer.normalizer
    for s, e in doc.tokens:
        a, b = doc.norm.to_orig(s, e)
        assert 0 <= a < b <= len(text)
        assert normalize(text[a:b]).text == doc.text[s:e]
    record = nlp(text).to_dict()
    for sent in record["sentences"]:
        assert text[sent["start"] : sent["end"]].strip() != ""


def _seconds(fn, arg) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    fn(arg)
    return time.perf_counter() - t


@pytest.mark.parametrize(
    "unit",
    ["क" * 1000, "।" * 1000, "लाख-" * 250, "." * 1000, '"' * 1000, "ः" * 1000, "1," * 500],
)
def test_run_time_is_linear(nlp: Pipeline, unit: str) -> None:
    """Four times the input must take not much more than four times as long (1 M
    characters at most: "1 MB of ।।।" and the like)."""
    small = unit * 250  # 250 k characters
    big = small * 4
    t_small = min(_seconds(nlp, small) for _ in range(2))
    t_big = _seconds(nlp, big)
    assert t_big < 4 * t_small * 2.5 + 0.5, (t_small, t_big)


def test_run_time_is_linear_on_one_long_sentence_of_statements(nlp: Pipeline) -> None:
    """No stop for 280 k characters, a named speaker with a post every few words: the
    rules that look around each mention must not rescan the whole sentence each time."""
    names = ["राजेश ठाकुर", "मंजूर अंसारी", "उमैर खान", "हेमंत सोरेन"]
    unit = "".join(
        f"प्रदेश अध्यक्ष {n} ने कहा कि सरकार पांच लोगों को राहत देगी और " for n in names
    )
    small = unit * 250  # about 70 k characters
    big = small * 4
    t_small = min(_seconds(nlp, small) for _ in range(2))
    t_big = _seconds(nlp, big)
    assert t_big < 4 * t_small * 2.5 + 0.5, (t_small, t_big)


def test_five_megabyte_line_without_spaces(nlp: Pipeline) -> None:
    text = "अल्पसंख्यक" * 500_000  # 5 M characters, one line, no spaces
    t = _seconds(nlp, text)
    assert t < 60
