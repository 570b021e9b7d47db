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


def _example_sentences() -> list[list[str]]:
    from khabar.pipeline import Pipeline

    sents = [
        ["प्रदेश", "अध्यक्ष", "मंजूर", "अंसारी", "ने", "कहा", "कि", "|", "|", "|", "वित्त", "मंत्रालय"],
        ["|", "a|b", "|", "श्री", "ठाकुर", "(", "सीआईआई", ")", "x" * 300, "।"],
    ]
    example = Path(__file__).resolve().parents[1] / ".." / "shared" / "examples"
    nlp = Pipeline(components=[])
    for f in sorted(example.glob("*.txt"))[:3]:
        doc = nlp.make_doc(f.read_text(encoding="utf-8"))
        sents += [doc.words(s) for s in doc.sentences]
    return [s for s in sents if s]


def test_model_features_are_the_known_features_encoded() -> None:
    """What the tagger hands crfsuite is exactly the extractor's features that the model
    knows, in order, UTF-8 encoded (crfsuite drops the others itself), so tags and
    marginals cannot change; and the attribute list read from the model file is the
    one crfsuite reports."""
    from khabar.entities.model import NerTagger, model_attributes

    tagger = NerTagger()
    known = model_attributes(tagger.model_path)
    assert known == {a for a, _ in tagger.tagger.info().state_features}
    sents = _example_sentences()
    hit = 0
    for words in sents:
        want = [[a.encode() for a in f if a in known] for f in tagger.features(words)]
        got = tagger.items(words)
        assert got == want
        hit += sum(1 for f in got for a in f if a.startswith((b"b-1=", b"b+1=", b"n2=")))
        assert list(tagger.tagger.tag(got)) == list(tagger.tagger.tag(tagger.features(words)))
    assert hit > 0  # the bigram tables were used


def test_name_memory_longest_first_over_lengths() -> None:
    """Longest known name first, only lengths that exist for the first word, no
    overlaps, one-word entries never matched (names are two words or more)."""
    from khabar.entities.lexicon import NameMemory

    mem = NameMemory({("a", "b"): "PER", ("a", "b", "c", "d"): "ORG", ("b", "c"): "LOC", ("x",): "PER"})
    keys = ["a", "b", "c", "d", "a", "b", "c", "b", "c", "x", "a"]
    assert mem.tag(keys) == [
        ["nB=ORG"], ["nI=ORG"], ["nI=ORG"], ["nI=ORG"],
        ["nB=PER"], ["nI=PER"], None, ["nB=LOC"], ["nI=LOC"], None, None,
    ]


def test_may_end_each_is_may_end() -> None:
    from khabar.entities.titles import TitleIndex

    t = TitleIndex()
    words = ["श्री", "प्रोफ़ेसर", "प्रोफेसर", "अध्यक्ष", "x", "डॉ", ".", "Shri", "सांसद"]
    words += [w for k in t._before for w in k]
    words += [w.replace("ं", "\u0901") for w in words] + [w + "\u093c" for w in words]
    got = t.may_end_each(words)
    assert got == [t.may_end(w) for w in words]
    assert any(got) and not all(got)
