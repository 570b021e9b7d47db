"""The name lexicon: how often each word is part of a person, place, organisation or
other name in the ship NER data (``name_lexicon.tsv``, built by `khabar train ner`).

It gives the tagger a word's label history as a feature ("this word is part of a
person's name two times in three"). To train on it honestly, training sentences see a
lexicon built from the other half of the data (jackknifing), so that the model
learns how far to trust it on words it has never been trained on.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from khabar.entities.data import Sentence, spans
from khabar.entities.gazetteer import spelling_key
from khabar.resources import load_table, path

LEXICON_FILE = "entities/name_lexicon.tsv"
NAMES_FILE = "entities/known_names.tsv"
LABELS = ("PER", "LOC", "ORG", "MISC")
HEADER = """# Word label counts in the ship NER data (IL-NER train and dev, HiNER validation, WikiANN train),
# built by `khabar train ner`; do not edit by hand.
# Columns: word (spelling key), occurrences, then occurrences inside PER, LOC, ORG, MISC names.
# Words seen at least twice are listed even when never inside a name: that tells a
# common word from an unknown one.
"""


def count_labels(sentences: list[Sentence], min_total: int = 2) -> dict[str, list[int]]:
    """key -> [total, PER, LOC, ORG, MISC] for every word ever inside a name or seen
    at least ``min_total`` times."""
    total: Counter[str] = Counter()
    inside: dict[str, list[int]] = {}
    for words, tags in sentences:
        keys = [spelling_key(w) for w in words]
        total.update(keys)
        for s, e, label in spans(tags):
            if label not in LABELS:
                continue
            j = LABELS.index(label)
            for k in keys[s:e]:
                inside.setdefault(k, [0, 0, 0, 0])[j] += 1
    out = {k: [total[k], *v] for k, v in inside.items()}
    for k, n in total.items():
        if n >= min_total and k not in out:
            out[k] = [n, 0, 0, 0, 0]
    return out


def lexicon_features(counts: dict[str, list[int]]) -> dict[str, list[str]]:
    """key -> feature strings ("lx=PER", "lxf=PER:hi", ...)."""
    out: dict[str, list[str]] = {}
    for key, (total, *per_label) in counts.items():
        feats = []
        for label, c in zip(LABELS, per_label, strict=True):
            if not c:
                continue
            frac = c / max(total, c)
            feats.append("lx=" + label)
            feats.append("lxf=" + label + (":hi" if frac >= 0.6 else ":mid" if frac >= 0.2 else ":lo"))
        if feats:
            out[key] = feats
    return out


def write_counts(counts: dict[str, list[int]], out: Path) -> None:
    with open(out, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for key in sorted(counts):
            f.write(key + "\t" + "\t".join(map(str, counts[key])) + "\n")


def load_counts(name: str = LEXICON_FILE) -> dict[str, list[int]]:
    if not path(name).exists():
        return {}
    return {row[0]: [int(x) for x in row[1:6]] for row in load_table(name) if len(row) >= 6}


NAMES_HEADER = """# Multi-word names in the ship NER data (IL-NER train and dev, HiNER validation, WikiANN train)
# with the label they carry most (at least 60% of their occurrences), built by
# `khabar train ner`; do not edit by hand. A tagger feature, never a rule.
# Columns: name (spelling keys joined by spaces), label, occurrences.
"""


class NameMemory:
    """Multi-word names seen in training data, matched longest-first over keys."""

    def __init__(self, names: dict[tuple[str, ...], str]) -> None:
        self.names = names
        self.first = frozenset(k[0] for k in names)
        self.max_len = max((len(k) for k in names), default=1)
        # first word -> the lengths (two words or more) of the names it opens, longest first
        lengths: dict[str, set[int]] = {}
        for k in names:
            if len(k) >= 2:
                lengths.setdefault(k[0], set()).add(len(k))
        self._lengths = {w: tuple(sorted(ls, reverse=True)) for w, ls in lengths.items()}

    def tag(self, keys: list[str]) -> list[list[str] | None]:
        out: list[list[str] | None] = [None] * len(keys)
        n = len(keys)
        lengths = self._lengths
        names = self.names
        done = 0  # positions before this are inside a match already
        for i, k in enumerate(keys):
            if i < done:
                continue
            ls = lengths.get(k)
            if ls is None:
                continue
            for m in ls:
                if m > n - i:
                    continue
                label = names.get(tuple(keys[i : i + m]))
                if label is not None:
                    out[i] = ["nB=" + label]
                    for j in range(i + 1, i + m):
                        out[j] = ["nI=" + label]
                    done = i + m
                    break
        return out


def count_names(sentences: list[Sentence]) -> dict[tuple[str, ...], tuple[str, int]]:
    """Multi-word names with their majority label (>= 60%) and occurrence count."""
    seen: dict[tuple[str, ...], Counter[str]] = {}
    for words, tags in sentences:
        found = spans(tags)
        if not found:
            continue
        keys = [spelling_key(w) for w in words]
        for s, e, label in found:
            if e - s >= 2:
                seen.setdefault(tuple(keys[s:e]), Counter())[label] += 1
    out = {}
    for name, c in seen.items():
        label, k = c.most_common(1)[0]
        if k * 5 >= 3 * sum(c.values()):
            out[name] = (label, sum(c.values()))
    return out


def write_names(names: dict[tuple[str, ...], tuple[str, int]], out: Path) -> None:
    with open(out, "w", encoding="utf-8") as f:
        f.write(NAMES_HEADER)
        for name in sorted(names):
            label, n = names[name]
            f.write(" ".join(name) + f"\t{label}\t{n}\n")


def load_names(name: str = NAMES_FILE) -> dict[tuple[str, ...], str]:
    if not path(name).exists():
        return {}
    return {tuple(r[0].split(" ")): r[1] for r in load_table(name) if len(r) >= 2}
