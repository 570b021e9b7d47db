"""Entities: the tagger's name-list features (no shared data needed)."""

from __future__ import annotations

from pathlib import Path

from khabar.entities.features import FeatureExtractor
from khabar.entities.namewords import build_name_words, name_word_features


def test_name_words_from_romanised_lists(tmp_path: Path) -> None:
    lists = tmp_path / "lexicons" / "indian-names-roman"
    lists.mkdir(parents=True)
    (lists / "first.male.names").write_text("2\nrajesh\numair\n", encoding="utf-8")
    (lists / "first.female.names").write_text("0\n", encoding="utf-8")
    (lists / "last.names").write_text("1\nthakur\n", encoding="utf-8")
    found = build_name_words(tmp_path, ["राजेश", "ठाकुर", "उमैर", "बैठक", "कांग्रेस"])
    assert found == {"राजेश": "g", "ठाकुर": "s", "उमैर": "g"}
    assert name_word_features(found)["ठाकुर"] == ["nm=s"]


def test_extractor_adds_name_features() -> None:
    fe = FeatureExtractor(name_words={"राजेश": ["nm=g"]})
    feats = fe(["राजेश", "ने", "कहा"])
    assert "nm=g" in feats[0]
    assert not any(f.startswith("nm=") for f in feats[1])
    plain = FeatureExtractor()(["राजेश", "ने", "कहा"])
    assert not any(f.startswith("nm=") for f in plain[0])
