"""Devanagari words as letter units, and the rule layer of romanisation.

A word is cut into *units*: a consonant (with its nukta, if any), a vowel sign, an
independent vowel, a nasal sign, a visarga, a virama, or another sign. Every unit
emits one Latin string, so a romanisation is an alignment of units to strings; the
learned model (:mod:`khabar.translit.model`) predicts the same per-unit strings and
uses the rule output below as one of its features.

The rules: plain letter values from ``resources/translit/letters.tsv``; Hindi schwa
deletion (the inherent ``a`` is dropped word-finally and in the context V C _ C V,
scanning right to left); anusvara as ``m`` before p/ph/b/bh/m and ``n`` elsewhere;
ज्ञ as ``gy``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

from khabar.resources import load_table

NUKTA = "\u093c"
VIRAMA = "\u094d"
_DROP = str.maketrans("", "", "\u200c\u200d\u00ad\ufeff\u2060\u200b")
# a run of Devanagari letters and signs (digits and dandas excluded)
DEVANAGARI_WORD_RE = regex.compile(r"[\u0900-\u0963\u0971-\u097f\ua8e0-\ua8ff]+")
_LABIALS = frozenset("पफबभम")
_FINAL_SCHWA_KEEP_AFTER_CLUSTER = frozenset("रयव")


@dataclass(frozen=True)
class Letters:
    """The letter table: unit -> (kind, latin)."""

    kind: dict[str, str]
    latin: dict[str, str]

    @classmethod
    def load(cls) -> Letters:
        kind: dict[str, str] = {}
        latin: dict[str, str] = {}
        for row in load_table("translit/letters.tsv"):
            letter = unicodedata.normalize("NFC", row[0])
            kind[letter] = row[1]
            latin[letter] = row[2] if len(row) > 2 else ""
        return cls(kind, latin)


def normalize(text: str) -> str:
    """NFC without zero-width joiners, so nukta and ZWJ spellings compare equal."""
    return unicodedata.normalize("NFC", text.translate(_DROP))


def units(word: str, letters: Letters) -> list[str]:
    """Cut a normalised Devanagari word into letter units (consonant + nukta kept together)."""
    out: list[str] = []
    for ch in word:
        if ch == NUKTA and out and letters.kind.get(out[-1]) == "C" and len(out[-1]) == 1:
            out[-1] += ch
        else:
            out.append(ch)
    return out


def kinds(us: list[str], letters: Letters) -> list[str]:
    """The kind of every unit (``?`` for a character the table does not know)."""
    out = []
    for u in us:
        k = letters.kind.get(u)
        if k is None and len(u) == 2:  # consonant + nukta with no entry of its own
            k = letters.kind.get(u[0])
        out.append(k or "?")
    return out


def _consonant_latin(u: str, letters: Letters) -> str:
    got = letters.latin.get(u)
    if got is None:
        got = letters.latin.get(u[0], "")
    return got


def schwa_kept(us: list[str], ks: list[str]) -> list[bool]:
    """For each unit: True where a consonant keeps its inherent ``a`` (False elsewhere)."""
    n = len(us)
    has_schwa = [
        ks[i] == "C" and (i + 1 >= n or ks[i + 1] not in ("M", "X")) for i in range(n)
    ]
    kept = list(has_schwa)
    n_vowels = sum(has_schwa) + sum(k in ("M", "V") for k in ks)

    def realised_vowel_at(j: int) -> bool:
        """Does the consonant at j carry a vowel (sign or kept schwa)?"""
        return j < n and ks[j] == "C" and (
            (j + 1 < n and ks[j + 1] == "M") or kept[j]
        )

    for i in range(n - 1, -1, -1):
        if not has_schwa[i]:
            continue
        nxt = ks[i + 1] if i + 1 < n else ""
        if nxt in ("N", "H"):
            continue  # a nasalised or aspirated schwa is pronounced
        if i + 1 >= n or nxt not in ("C",):
            # word-final (or before a sign we do not know): drop, unless the word has no
            # other vowel or it closes a cluster ending in r/y/v (mitra, surya)
            if n_vowels <= 1:
                continue
            if i >= 2 and ks[i - 1] == "X" and us[i][0] in _FINAL_SCHWA_KEEP_AFTER_CLUSTER:
                continue
            if i + 1 >= n:
                kept[i] = False
            continue
        # medial: V C _ C V with single consonants on both sides
        if i == 0 or ks[i - 1] == "X":
            continue
        prev_vowel = ks[i - 1] in ("M", "V") or (ks[i - 1] == "C" and kept[i - 1])
        if not prev_vowel:
            continue
        j = i + 1
        if j + 1 < n and ks[j + 1] == "X":
            continue  # the next consonant opens a cluster
        if realised_vowel_at(j):
            kept[i] = False
    return kept


def rule_units(us: list[str], ks: list[str], letters: Letters) -> list[str]:
    """The rule romanisation of every unit of a word."""
    n = len(us)
    kept = schwa_kept(us, ks)
    out: list[str] = []
    for i, (u, k) in enumerate(zip(us, ks, strict=True)):
        if k == "C":
            lat = _consonant_latin(u, letters)
            if u == "ज" and i + 2 < n and ks[i + 1] == "X" and us[i + 2] == "ञ":
                lat = "g"
            elif u == "ञ" and i >= 2 and ks[i - 1] == "X" and us[i - 2] == "ज":
                lat = "y"
            out.append(lat + ("a" if kept[i] else ""))
        elif k == "N":
            nxt = us[i + 1] if i + 1 < n else ""
            out.append("m" if nxt[:1] in _LABIALS and u == "ं" else "n")
        elif k == "?":
            out.append("")
        else:
            out.append(letters.latin.get(u, ""))
    return out


def rule_romanize_word(word: str, letters: Letters) -> str:
    """Rule romanisation of one normalised Devanagari word, lower case."""
    us = units(word, letters)
    return "".join(rule_units(us, kinds(us, letters), letters))
