"""NER dataset readers: tag mapping and BIO repair (no shared data needed)."""

from __future__ import annotations

from pathlib import Path

from khabar.entities import data as D
from khabar.entities.lexicon import count_labels, lexicon_features


def test_malformed_il_ner_tags_are_repaired() -> None:
    raw = ["B-NEP", "I-NEP", "-", "-NEL", "I-NEO", "O", "B-NETI", "I-NEN", "B-NEAR"]
    assert D.map_bio(raw, D.IL_NER_MAP) == [
        "B-PER", "I-PER", "O", "B-LOC", "B-ORG", "O", "O", "O", "B-MISC",
    ]


def test_io_tags_become_bio() -> None:
    tags = ["PERSON", "PERSON", "O", "LOCATION", "DESIGNATION", "ORGANIZATION"]
    assert D.map_io(tags, D.IJCNLP_MAP) == ["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG"]


def test_spans_and_dedup(tmp_path: Path) -> None:
    assert D.spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG"]) == [
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 6, "ORG"),
    ]
    f = tmp_path / "x.txt"
    f.write_text("hi:राम\tB-PER\nhi:गया\tO\n\nhi:पटना\tB-LOC\n", encoding="utf-8")
    sents = D.read_columns(f, strip_prefix="hi:")
    assert sents == [(["राम", "गया"], ["B-PER", "O"]), (["पटना"], ["B-LOC"])]
    assert D.dedup_against(sents, [(["पटना"], ["O"])]) == sents[:1]


def test_lexicon_counts_and_features() -> None:
    sents = [(["राम", "ने", "राम"], ["B-PER", "O", "O"])] * 2
    counts = count_labels(sents)
    assert counts["राम"] == [4, 2, 0, 0, 0]
    feats = lexicon_features(counts)
    assert feats["राम"] == ["lx=PER", "lxf=PER:mid"]
    assert "ने" not in feats
