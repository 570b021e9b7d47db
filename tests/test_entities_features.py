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


def _plain_model(tmp_path: Path) -> Path:
    """The shipped compact model with its attributes renamed back to their names."""
    from khabar.entities.crffile import load_attribute_names, rename_attributes
    from khabar.entities.model import NerTagger, names_path

    shipped = NerTagger().model_path
    names = load_attribute_names(names_path(shipped))
    plain = tmp_path / "plain.crfsuite"
    plain.write_bytes(rename_attributes(shipped.read_bytes(), [a.encode() for a in names]))
    return plain


def test_model_features_are_the_known_features_encoded(tmp_path: Path) -> None:
    """What the tagger hands crfsuite is exactly the extractor's features that the model
    knows, in order, each as its code in the compact model (crfsuite drops unknown
    attributes itself), so tags and marginals cannot change; the attribute list read
    from a plain model file is the one crfsuite reports."""
    from khabar.entities.crffile import attribute_code, load_attribute_names
    from khabar.entities.model import NerTagger, attribute_bytes, model_attributes, names_path

    tagger = NerTagger()
    names = load_attribute_names(names_path(tagger.model_path))
    codes = attribute_bytes(tagger.model_path)
    assert codes == {a: attribute_code(i) for i, a in enumerate(names)}
    assert len(set(codes.values())) == len(codes) == len(names)
    plain = NerTagger(_plain_model(tmp_path), features=tagger.features)
    known = model_attributes(plain.model_path)
    assert known == set(names) == {a for a, _ in plain.tagger.info().state_features}
    sents = _example_sentences()
    hit = 0
    for words in sents:
        feats = tagger.features(words)
        got = tagger.items(words)
        assert got == [[codes[a] for a in f if a in codes] for f in feats]
        assert plain.items(words) == [[a.encode() for a in f if a in known] for f in feats]
        hit += sum(1 for f in feats for a in f if a.startswith(("b-1=", "b+1=", "n2=")) and a in known)
        assert list(tagger.tagger.tag(got)) == list(plain.tagger.tag(feats))
    assert hit > 0  # the bigram tables were used


def test_compact_model_tags_as_the_plain_one(tmp_path: Path) -> None:
    """Renaming attributes changes nothing else: compacting the plain model again gives
    the shipped file byte for byte, and both give the same tags and the same marginals
    (exactly) on real sentences."""
    from khabar.entities.crffile import attribute_code, rename_attributes
    from khabar.entities.model import NerTagger

    tagger = NerTagger()
    plain_path = _plain_model(tmp_path)
    plain_bytes = plain_path.read_bytes()
    n = len(tagger.items._enc)
    assert rename_attributes(plain_bytes, [attribute_code(i) for i in range(n)]) == (
        tagger.model_path.read_bytes()
    )
    plain = NerTagger(plain_path, features=tagger.features)
    labels = ["O", *(p + x for x in ("PER", "LOC", "ORG", "MISC") for p in ("B-", "I-"))]
    tagged = 0
    for words in _example_sentences():
        tags = tagger(words)
        m = [tagger.marginal(t, i) for i in range(len(words)) for t in labels]
        assert plain(words) == tags
        assert [plain.marginal(t, i) for i in range(len(words)) for t in labels] == m
        tagged += sum(t != "O" for t in tags)
    assert tagged > 0


def test_lookup3_and_cqdb() -> None:
    """lookup3's published check values; a CQDB written here reads back its keys."""
    from khabar.entities.crffile import attribute_code, cqdb, cqdb_keys, hashlittle

    assert hashlittle(b"") == 0xDEADBEEF
    assert hashlittle(b"Four score and seven years ago") == 0x17770551
    assert hashlittle(b"Four score and seven years ago", 1) == 0xCD628161
    keys = [attribute_code(i) for i in range(70_000)] + ["w=राजेश".encode()]
    assert max(len(k) for k in keys[:-1]) == 3 and all(b"\0" not in k for k in keys)
    assert len(set(keys)) == len(keys)
    assert cqdb_keys(cqdb(keys), 0) == keys


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


def test_stale_names_file_is_refused(tmp_path: Path) -> None:
    """A names file beside a model it does not belong to is an error, not wrong tags."""
    import pytest

    from khabar.entities.crffile import compact_attributes
    from khabar.entities.model import NerTagger, names_path

    shipped = NerTagger().model_path
    assert compact_attributes(shipped) == len(NerTagger().items._enc)
    plain = _plain_model(tmp_path)
    assert compact_attributes(plain) is None
    names_path(plain).write_bytes(names_path(shipped).read_bytes())
    with pytest.raises(ValueError, match="no compact model"):
        NerTagger(plain)


def test_trained_model_is_written_compact_and_tags_the_same(tmp_path: Path) -> None:
    """The training path (``train_crf`` then ``compact_model``, as `khabar train ner`
    does) gives a model that ``NerTagger`` reads through its names file, with the tags
    and marginals of the plain model crfsuite wrote."""
    import pycrfsuite

    from khabar.entities.crffile import compact_attributes, compact_model
    from khabar.entities.model import NerTagger, names_path
    from khabar.entities.train import train_crf

    fx = FeatureExtractor(name_words={"राजेश": ["nm=g"]})
    base = [
        (["राजेश", "ठाकुर", "ने", "रांची", "में", "कहा"], ["B-PER", "I-PER", "O", "B-LOC", "O", "O"]),
        (["कांग्रेस", "की", "बैठक", "दिल्ली", "में", "हुई"], ["B-ORG", "O", "O", "B-LOC", "O", "O"]),
        (["उमैर", "खान", "ने", "कहा"], ["B-PER", "I-PER", "O", "O"]),
    ]
    sents = base * 5
    model = tmp_path / "m.crfsuite"
    train_crf(sents, model, [fx(w) for w, _ in sents], {"max_iterations": 20}, log=lambda _: None)
    plain = pycrfsuite.Tagger()
    plain.open(str(model))
    words = ["राजेश", "खान", "ने", "दिल्ली", "में", "कांग्रेस", "की", "बैठक", "|", "a|b"]
    want = plain.tag(fx(words))
    want_m = [plain.marginal(t, i) for i in range(len(words)) for t in ("O", "B-PER", "B-LOC")]
    compact_model(model, names_path(model))
    assert compact_attributes(model) is not None
    tagger = NerTagger(model, features=fx)
    assert tagger(words) == want and "B-PER" in want
    assert [tagger.marginal(t, i) for i in range(len(words)) for t in ("O", "B-PER", "B-LOC")] == want_m


def test_spans_of_bio_sequences() -> None:
    """``data.spans`` against a plain reading of BIO, on random (also broken) tags."""
    import random

    from khabar.entities.data import spans

    def reference(tags: list[str]) -> list[tuple[int, int, str]]:
        out, start, label = [], -1, ""
        for i, tag in enumerate([*tags, "O"]):
            if start >= 0 and not (tag.startswith("I-") and tag[2:] == label):
                out.append((start, i, label))
                start = -1
            if tag.startswith("B-") or (tag.startswith("I-") and start < 0):
                start, label = i, tag[2:]
        return out

    assert spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG", "I-PER"]) == [
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 6, "ORG"), (6, 7, "PER")
    ]
    rng = random.Random(3)
    vocab = ["O"] * 5 + ["B-PER", "I-PER", "B-LOC", "I-LOC", "I-ORG", "B-", "I-", "X", "", "-"]
    for _ in range(20_000):
        tags = [rng.choice(vocab) for _ in range(rng.randint(0, 10))]
        assert spans(tags) == reference(tags), tags
