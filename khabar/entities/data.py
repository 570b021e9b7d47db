"""Readers for the NER datasets in ../shared/data/ner, mapped to khabar's tag set.

Every reader returns a list of ``(words, tags)`` sentences with BIO tags over the labels
PER, ORG, LOC and MISC (khabar's PERSON / ORG / LOC / MISC); other classes (numbers,
times, designations, ...) become ``O``. Broken BIO (IL-NER's ``-NEL``, a lone ``-``, an
``I-`` after ``O``) is repaired by ``repair_bio``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

Sentence = tuple[list[str], list[str]]

LABELS = ("PER", "ORG", "LOC", "MISC")
# What each dataset's classes mean in khabar's terms (classes not listed become O).
IL_NER_MAP = {"NEP": "PER", "NEL": "LOC", "NEO": "ORG", "NEAR": "MISC"}
HINER_MAP = {
    "PERSON": "PER",
    "LOCATION": "LOC",
    "ORGANIZATION": "ORG",
    "MISC": "MISC",
    "FESTIVAL": "MISC",
    "GAME": "MISC",
    "LITERATURE": "MISC",
}
WIKIANN_MAP = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}
IJCNLP_MAP = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}


def read_columns(path: Path, strip_prefix: str = "") -> list[tuple[list[str], list[str]]]:
    """Token<TAB>tag files with blank lines between sentences (raw tags kept)."""
    out: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if words:
                    out.append((words, tags))
                    words, tags = [], []
                continue
            word, _, tag = line.partition("\t")
            word = word.strip()
            if strip_prefix and word.startswith(strip_prefix):
                word = word[len(strip_prefix) :]
            if not word:
                continue
            words.append(word)
            tags.append(tag.strip())
    if words:
        out.append((words, tags))
    return out


def map_bio(tags: list[str], mapping: dict[str, str]) -> list[str]:
    """Map BIO tags through ``mapping`` and repair the sequence."""
    out = []
    for tag in tags:
        prefix, _, label = tag.partition("-")
        if not label:  # "O", "" or a lone "-"
            out.append("O")
            continue
        new = mapping.get(label)
        out.append(f"{prefix or 'B'}-{new}" if new else "O")
    return repair_bio(out)


def map_io(tags: list[str], mapping: dict[str, str]) -> list[str]:
    """IO tags (ijcnlp08: a run of one class is one entity) to BIO."""
    out = []
    prev = "O"
    for tag in tags:
        new = mapping.get(tag.strip())
        if new is None:
            out.append("O")
            prev = "O"
            continue
        out.append(("I-" if prev == new else "B-") + new)
        prev = new
    return out


def repair_bio(tags: list[str]) -> list[str]:
    """Make every tag ``O``, ``B-X`` or ``I-X`` with ``I-X`` only after B-X/I-X."""
    out = []
    prev = "O"
    for tag in tags:
        prefix, _, label = tag.partition("-")
        if not label or prefix not in ("B", "I"):
            tag = f"B-{label}" if label else "O"
        elif prefix == "I" and prev[2:] != label:
            tag = f"B-{label}"
        out.append(tag)
        prev = tag
    return out


def keep_labels(tags: list[str], labels: Iterable[str]) -> list[str]:
    """Tags with every label outside ``labels`` turned into O."""
    keep = set(labels)
    return [t if t != "O" and t[2:] in keep else "O" for t in tags]


def il_ner(root: Path, split: str) -> list[Sentence]:
    path = root / "ner" / "il-ner" / f"Hindi-{split}.txt"
    return [(w, map_bio(t, IL_NER_MAP)) for w, t in read_columns(path)]


def hiner_validation(root: Path) -> list[Sentence]:
    path = root / "ner" / "hiner-validation" / "original" / "validation.conll"
    return [(w, map_bio(t, HINER_MAP)) for w, t in read_columns(path)]


def wikiann(root: Path, split: str) -> list[Sentence]:
    path = root / "ner" / "wikiann-hi" / split
    return [(w, map_bio(t, WIKIANN_MAP)) for w, t in read_columns(path, strip_prefix="hi:")]


def ijcnlp08(root: Path) -> list[Sentence]:
    """IJCNLP-08 (eval only); English header lines are dropped."""
    path = root / "ner" / "ijcnlp08" / "hindi.dedup.tsv"
    out = []
    for w, t in read_columns(path):
        if not any("\u0900" <= c <= "\u097f" for c in "".join(w)):
            continue
        out.append((w, map_io(t, IJCNLP_MAP)))
    return out


def dedup_against(test: list[Sentence], train: Iterable[Sentence]) -> list[Sentence]:
    """Test sentences whose word sequence does not occur in ``train``."""
    seen = {tuple(w) for w, _ in train}
    return [s for s in test if tuple(s[0]) not in seen]


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Entity spans (start token, end token exclusive, label) of a BIO sequence (an
    ``I-X`` without its ``B-X`` opens a span; any other tag but ``O`` ends one)."""
    marked = [i for i, t in enumerate(tags) if t != "O"]  # most tags are O: skip them
    out = []
    start = -1
    label = ""
    prev = -2
    for i in marked:
        tag = tags[i]
        if start >= 0 and (i != prev + 1 or not (tag.startswith("I-") and tag[2:] == label)):
            out.append((start, prev + 1, label))
            start = -1
        if tag.startswith("B-") or (tag.startswith("I-") and start < 0):
            start, label = i, tag[2:]
        prev = i
    if start >= 0:
        out.append((start, prev + 1, label))
    return out
