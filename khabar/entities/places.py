"""Build ``places_lgd.tsv``: town and block names in Devanagari from the Local
Government Directory (../shared/data/lexicons/lgd-india-admin, GODL-India).

A name is kept when it is Devanagari, at least three letters long, not already in
places.tsv, and not a word that the ship NER data uses mostly outside place names
(a town called "धनौरा" stays; a town whose name is an everyday word does not).
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import regex

from khabar.entities.data import Sentence, spans
from khabar.entities.gazetteer import spelling_key, words_of
from khabar.resources import load_table

_DEVA_NAME_RE = regex.compile(r"^[\u0900-\u097f]+(?: [\u0900-\u097f]+)*$")
# Local-body type words that the directory appends to some names.
_SUFFIX_RE = regex.compile(
    r"\s+(?:नगर\s+(?:पंचायत|पंचयात|परिषद|निगम|पालिका(?:\s+परिषद)?)|नगरपालिका|नगरपंचायत|"
    r"नगर\s+पालिका\s+परिषद|परिषद|पंचायत)$"
)
HEADER = """# Towns and blocks with a Devanagari name in the Local Government Directory
# (lexicons/lgd-india-admin, GODL-India), built by `khabar train ner`; do not edit by hand
# (edit places.tsv instead). Columns: name, kind (town|block), state.
"""


def _lgd_rows(root: Path) -> list[tuple[str, str, str]]:
    base = root / "lexicons" / "lgd-india-admin"
    out: list[tuple[str, str, str]] = []
    with open(base / "municipal" / "urban-local-body.csv", encoding="utf-8") as f:
        r = csv.reader(f)
        next(r)
        out += [(row[4], "town", row[8]) for row in r if len(row) > 8]
    with open(base / "administrative" / "blocks.csv", encoding="utf-8") as f:
        r = csv.reader(f)
        next(r)
        out += [(row[8], "block", row[2]) for row in r if len(row) > 8]
    return out


def _usage(sentences: list[Sentence]) -> tuple[Counter[str], Counter[str]]:
    """How often each word key occurs in the NER data, and how often inside a LOC."""
    total: Counter[str] = Counter()
    loc: Counter[str] = Counter()
    for words, tags in sentences:
        keys = [spelling_key(w) for w in words]
        total.update(keys)
        for s, e, label in spans(tags):
            if label == "LOC":
                loc.update(keys[s:e])
    return total, loc


def build_lgd_places(root: Path, out: Path, sentences: list[Sentence]) -> int:
    """Write the filtered LGD place list to ``out``; return how many names it holds."""
    total, loc = _usage(sentences)
    known = {tuple(spelling_key(w) for w in words_of(r[0])) for r in load_table("entities/places.tsv")}
    kept: dict[tuple[str, ...], tuple[str, str, str]] = {}
    for name, kind, state in _lgd_rows(root):
        name = " ".join(name.split())
        name = _SUFFIX_RE.sub("", name)
        if not _DEVA_NAME_RE.match(name) or len(name.replace(" ", "")) < 3:
            continue
        key = tuple(spelling_key(w) for w in words_of(name))
        if key in known or key in kept:
            continue
        # an everyday word: frequent in the data and rarely part of a place name
        if any(total[k] >= 3 and loc[k] * 3 < total[k] for k in key):
            continue
        kept[key] = (name, kind, state.title())
    with open(out, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for name, kind, state in sorted(kept.values(), key=lambda r: (r[2], r[0])):
            f.write(f"{name}\t{kind}\t{state}\n")
    return len(kept)
