"""The learned per-letter romanisation model (a linear-chain CRF over letter units).

Every letter unit of a word gets one label: the Latin piece it emits, written
relative to the unit's rule value where possible (``@`` = the plain letter, ``@a`` =
the consonant with its inherent a, ``_`` = nothing) and literally otherwise (``ee``,
``w``, ``z``, ``ck`` …). Features are the units around it, their kinds, the rule
romanisation (so schwa deletion and anusvara start from the rules) and the distance
to the word's edges. The model is trained by ``khabar train translit`` on aligned
Dakshina and LGD pairs (:mod:`khabar.translit.align`).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pycrfsuite

from khabar.translit.align import align_corpus
from khabar.translit.script import Letters, kinds, rule_units, units

MIN_LABEL_COUNT = 40
# press spellings of the flapped consonants: ड़ → r, ढ़ → rh (Kharge, Garhwa), where
# typed romanisations (Dakshina) mostly write d/dh
_PRESS_STYLE = (("\u0921\u093c", (("dh", "r"), ("d", "r"))), ("\u0922\u093c", (("dh", "rh"), ("d", "rh"))))


def press_style(unit: str, piece: str) -> str:
    """A training piece rewritten to the press convention for ड़ and ढ़."""
    for letter, rewrites in _PRESS_STYLE:
        if unit == letter:
            for old, new in rewrites:
                if piece.startswith(old):
                    return new + piece[len(old) :]
    return piece


def encode(unit: str, kind: str, piece: str, letters: Letters) -> str:
    base = letters.latin.get(unit, letters.latin.get(unit[:1], ""))
    if piece == "":
        return "_"
    if piece == base:
        return "@"
    if kind == "C" and piece == base + "a":
        return "@a"
    return piece


# printed pieces of ृ: the model, trained on typed romanisations, often writes the
# Marathi ru (gruh, mrudul) where papers print ri (Grih, Mridul)
_PRINTED_PIECE = {("\u0943", "ru"): "ri", ("\u0943", "roo"): "ri", ("\u0943", "ruh"): "rih"}


def decode(unit: str, label: str, letters: Letters) -> str:
    if label == "_":
        return ""
    printed = _PRINTED_PIECE.get((unit, label))
    if printed is not None:
        return printed
    if label[:1] == "@":
        return letters.latin.get(unit, letters.latin.get(unit[:1], "")) + label[1:]
    return label


def features(us: Sequence[str], ks: Sequence[str], rs: Sequence[str]) -> list[list[str]]:
    """CRF features of every unit of a word."""
    n = len(us)
    pu = ["^", "^", "^", *us, "$", "$", "$"]
    pk = ["^", "^", *ks, "$", "$"]
    pr = ["^", *rs, "$"]
    out = []
    for i in range(n):
        a = i + 3  # index into pu
        u0 = pu[a]
        f = [
            "b",
            "u=" + u0,
            "r=" + pr[i + 1],
            "u0r=" + u0 + "|" + pr[i + 1],
            "u-1=" + pu[a - 1],
            "u+1=" + pu[a + 1],
            "u-2=" + pu[a - 2],
            "u+2=" + pu[a + 2],
            "u-3=" + pu[a - 3],
            "u+3=" + pu[a + 3],
            "u-10=" + pu[a - 1] + u0,
            "u0+1=" + u0 + pu[a + 1],
            "u-101=" + pu[a - 1] + u0 + pu[a + 1],
            "u-2-10=" + pu[a - 2] + pu[a - 1] + u0,
            "u0+12=" + u0 + pu[a + 1] + pu[a + 2],
            "k5=" + "".join(pk[i : i + 5]),
            "k3=" + "".join(pk[i + 1 : i + 4]),
            "r-1=" + pr[i],
            "r+1=" + pr[i + 2],
            "r3=" + pr[i] + "|" + pr[i + 1] + "|" + pr[i + 2],
            f"e={min(n - 1 - i, 4)}",
            f"s={min(i, 3)}",
            f"ue={u0}|{min(n - 1 - i, 2)}",
        ]
        out.append(f)
    return out


def word_features(word: str, letters: Letters) -> tuple[list[str], list[str], list[list[str]]]:
    us = units(word, letters)
    ks = kinds(us, letters)
    return us, ks, features(us, ks, rule_units(us, ks, letters))


_VOWEL_END = frozenset("aeiou")


def join_pieces(us: Sequence[str], ks: Sequence[str], labels: Sequence[str], letters: Letters) -> str:
    """Decode labels into the romanisation, keeping an inherent a the model dropped
    where dropping it would start the word with a cluster (शराफत: sharafat, not
    shrafat) or leave the word without a vowel (न: na)."""
    n = len(us)
    pieces = [decode(u, lab, letters) for u, lab in zip(us, labels, strict=True)]
    first = pieces[0] if pieces else ""
    if (
        n > 1 and ks[0] == "C" and ks[1] == "C" and first
        and not any(c in _VOWEL_END for c in first)
    ):
        rest = "".join(pieces[1:])
        if rest and rest[0] not in _VOWEL_END:
            pieces[0] = first + "a"
    text = "".join(pieces)
    if n == 1 and ks[0] == "C" and not any(c in _VOWEL_END for c in text):
        text += "a"
    return text


class LetterModel:
    """A trained model file, ready to romanise words."""

    def __init__(self, model_path: Path, letters: Letters) -> None:
        self.letters = letters
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model_path))

    def romanize(self, word: str) -> str:
        """Lower-case romanisation of one normalised Devanagari word."""
        return self.romanize_with_rules(word)[0]

    def romanize_with_rules(self, word: str) -> tuple[str, str]:
        """(model romanisation, rule romanisation) of a word, both lower case (the
        rules are a feature of the model, so they come at no extra cost)."""
        us = units(word, self.letters)
        if not us:
            return "", ""
        ks = kinds(us, self.letters)
        rs = rule_units(us, ks, self.letters)
        return join_pieces(us, ks, self.tagger.tag(features(us, ks, rs)), self.letters), "".join(rs)


def train(
    counts: dict[str, Counter[str]],
    extra: Sequence[tuple[str, str]],
    model_path: Path,
    max_iterations: int = 40,
    c1: float = 0.1,
    c2: float = 0.05,
    min_label_count: int = MIN_LABEL_COUNT,
    majority_only: bool = False,
) -> LetterModel:
    """Align, encode and train; writes ``model_path`` and returns the loaded model."""
    letters = Letters.load()
    if majority_only:
        pairs = [(d, *c.most_common(1)[0]) for d, c in counts.items()]
    else:
        pairs = [(d, lat, n) for d, c in counts.items() for lat, n in c.items()]
    pairs += [(d, lat, 2) for d, lat in extra]
    t0 = time.perf_counter()
    aligned = align_corpus(pairs, letters)
    seqs = []
    label_counts: Counter[str] = Counter()
    for us, ks, pieces, w in aligned:
        labels = [encode(u, k, press_style(u, p), letters) for u, k, p in zip(us, ks, pieces, strict=True)]
        seqs.append((us, ks, labels, w))
        for lab in labels:
            label_counts[lab] += w
    keep = {lab for lab, c in label_counts.items() if c >= min_label_count}
    trainer = pycrfsuite.Trainer(verbose=False)
    used = 0
    for us, ks, labels, w in seqs:
        if not all(lab in keep for lab in labels):
            continue
        xs = features(us, ks, rule_units(us, ks, letters))
        for _ in range(min(w, 3)):
            trainer.append(xs, labels)
        used += 1
    trainer.select("lbfgs")
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": max_iterations,
         "feature.possible_transitions": False, "feature.minfreq": 2}
    )
    t1 = time.perf_counter()
    trainer.train(str(model_path))
    print(
        f"translit model: {len(aligned)}/{len(pairs)} pairs aligned, {used} used, "
        f"{len(keep)} labels; align {t1 - t0:.0f} s, train {time.perf_counter() - t1:.0f} s"
    )
    return LetterModel(model_path, letters)
