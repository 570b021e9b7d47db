"""The shipped CRF tagger: loads the crfsuite model once and tags word lists."""

from __future__ import annotations

import struct
from pathlib import Path

import pycrfsuite

from khabar.entities.crffile import attribute_code, compact_attributes, load_attribute_names
from khabar.entities.features import FeatureExtractor, ModelFeatures
from khabar.entities.gazetteer import Gazetteer
from khabar.entities.lexicon import NameMemory, lexicon_features, load_counts, load_names
from khabar.entities.namewords import load_name_words
from khabar.entities.titles import TitleIndex
from khabar.resources import path

MODEL_FILE = "entities/ner.crfsuite"
# the attribute names of a compact model (``crffile.compact_model``), beside it
NAMES_SUFFIX = ".attributes"


def shipped_features(
    titles: TitleIndex | None = None,
    gazetteer: Gazetteer | None = None,
    counts: dict[str, list[int]] | None = None,
) -> FeatureExtractor:
    """The feature extractor the shipped model was trained with, over the shipped data
    files (name lexicon, known names, name words)."""
    return FeatureExtractor(
        titles or TitleIndex(),
        gazetteer or Gazetteer(),
        lexicon_features(load_counts() if counts is None else counts),
        names=NameMemory(load_names()),
        name_words=load_name_words(),
    )


class NerTagger:
    """BIO tags (PER/ORG/LOC/MISC) for a list of words."""

    def __init__(
        self,
        model_path: Path | None = None,
        titles: TitleIndex | None = None,
        gazetteer: Gazetteer | None = None,
        features: FeatureExtractor | None = None,
    ) -> None:
        self.model_path = Path(model_path) if model_path else path(MODEL_FILE)
        if not self.model_path.exists():
            raise FileNotFoundError(
                f"NER model not found at {self.model_path}: run `khabar train ner`"
            )
        self.features = features or shipped_features(titles, gazetteer)
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(self.model_path))
        # what is handed to crfsuite: the features it knows, as the model names them
        self.items = ModelFeatures(self.features, attribute_bytes(self.model_path))

    def __call__(self, words: list[str]) -> list[str]:
        if not words:
            return []
        return list(self.tagger.tag(self.items(words)))

    def tag_keys(self, words: list[str]) -> tuple[list[str], list[str]]:
        """Tags, and the words' spelling keys (``features.keys(words)``), in one pass."""
        if not words:
            return [], []
        items, keys = self.items.items_and_keys(words)
        return list(self.tagger.tag(items)), keys

    def marginal(self, label: str, i: int) -> float:
        """Marginal probability of ``label`` at position ``i`` of the sentence tagged last."""
        try:
            return float(self.tagger.marginal(label, i))
        except (ValueError, KeyError):  # a label the model does not know
            return 0.0

    def tag_with_marginals(self, words: list[str]) -> tuple[list[str], list[float]]:
        """Tags plus the marginal probability of each chosen tag."""
        if not words:
            return [], []
        tags = list(self.tagger.tag(self.items(words)))
        probs = [self.tagger.marginal(t, i) for i, t in enumerate(tags)]
        return tags, probs


def names_path(model_path: Path) -> Path:
    """Where the attribute names of a compact model lie (``ner.attributes``)."""
    return Path(model_path).with_suffix(NAMES_SUFFIX)


def attribute_bytes(model_path: Path) -> dict[str, bytes]:
    """Attribute name -> the bytes that name it in the model file: its short code in
    a compact model (one with a names file beside it), else its UTF-8."""
    names = names_path(model_path)
    if not names.exists():
        return {a: a.encode("utf-8") for a in model_attributes(model_path)}
    listed = load_attribute_names(names)
    num_attrs = compact_attributes(model_path)
    if len(listed) != num_attrs:
        raise ValueError(
            f"{names} lists {len(listed)} attribute names, but {model_path} is "
            + ("no compact model" if num_attrs is None else f"a model of {num_attrs}")
            + ": run `khabar train ner`"
        )
    return {a: attribute_code(i) for i, a in enumerate(listed)}


def model_attributes(model_path: Path) -> frozenset[str]:
    """The attribute names of a crfsuite CRF model file, read from its attribute
    dictionary (a CQDB chunk) without building the whole model description
    (``Tagger.info()`` takes ~0.5 s on the shipped model)."""
    buf = Path(model_path).read_bytes()
    magic, _size, kind, _version, _nf, _nl, num_attrs, _of, _ol, off_attrs = struct.unpack_from(
        "<4sI4s7I", buf, 0
    )
    if magic != b"lCRF" or kind != b"FOMC":
        raise ValueError(f"{model_path}: not a crfsuite CRF model")
    if buf[off_attrs : off_attrs + 4] != b"CQDB":
        raise ValueError(f"{model_path}: no attribute dictionary")
    bwd_size, bwd_offset = struct.unpack_from("<2I", buf, off_attrs + 16)
    offsets = struct.unpack_from(f"<{bwd_size}I", buf, off_attrs + bwd_offset)
    out = []
    for off in offsets[:num_attrs]:
        if not off:
            continue
        p = off_attrs + off
        ksize = struct.unpack_from("<I", buf, p + 4)[0]
        out.append(buf[p + 8 : p + 8 + ksize - 1].decode("utf-8"))
    return frozenset(out)
