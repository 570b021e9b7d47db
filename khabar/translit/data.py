"""Readers for the romanisation pairs in ../shared/data (training and evaluation).

- ``dakshina_pairs``: lexicons/dakshina-hi (ship) — Devanagari word, romanisation,
  attestation count. The files hold the romanisation first; the column is detected
  by script, whichever order a copy uses.
- ``lgd_pairs``: lexicons/lgd-india-admin (ship) — official English and Devanagari
  names of blocks and towns of the Hindi-speaking states, split into word pairs.
- ``latin_names``: lexicons/indian-names-roman (ship) — romanised given names and
  surnames.
- ``xlit_crowd``: lexicons/xlit-crowd-hi-en (eval only — never train on it).
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import regex

from khabar.translit.script import normalize

DAKSHINA = "lexicons/dakshina-hi/dakshina_dataset_v1.0/hi/lexicons"
LGD = "lexicons/lgd-india-admin"
NAMES = "lexicons/indian-names-roman"
XLIT = "lexicons/xlit-crowd-hi-en/crowd_transliterations.hi-en.txt"

_DEVA_WORD = regex.compile(r"^[\u0900-\u097f]+$")
_LATIN_WORD = regex.compile(r"^[a-z]+$")
# states whose local-language names in the LGD are Hindi
_HINDI_STATES = frozenset(
    {"BIHAR", "JHARKHAND", "RAJASTHAN", "CHHATTISGARH", "UTTAR PRADESH", "MADHYA PRADESH",
     "HARYANA", "UTTARAKHAND", "HIMACHAL PRADESH", "DELHI"}
)


def _split_pair(a: str, b: str) -> tuple[str, str] | None:
    """(devanagari, latin) from two cells in either order, or None."""
    a, b = a.strip(), b.strip()
    if _DEVA_WORD.match(normalize(b)):
        a, b = b, a
    deva, latin = normalize(a), b.lower()
    if _DEVA_WORD.match(deva) and _LATIN_WORD.match(latin):
        return deva, latin
    return None


def dakshina_pairs(data: Path, splits: tuple[str, ...] = ("train", "dev", "test")) -> Iterator[tuple[str, str, int]]:
    """(devanagari, latin, count) rows of the Dakshina Hindi lexicon."""
    for split in splits:
        f = data / DAKSHINA / f"hi.translit.sampled.{split}.tsv"
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                cells = line.rstrip("\n").split("\t")
                if len(cells) < 2:
                    continue
                pair = _split_pair(cells[0], cells[1])
                if pair:
                    count = int(cells[2]) if len(cells) > 2 and cells[2].isdigit() else 1
                    yield pair[0], pair[1], count


def lgd_pairs(data: Path, whole_only: bool = False) -> Iterator[tuple[str, str]]:
    """(devanagari, latin) word pairs from LGD block and town names of Hindi states
    (``whole_only``: only names of one word, whose spelling is the place's own)."""
    sources = (
        (data / LGD / "administrative" / "blocks.csv", 2, 7, 8),
        (data / LGD / "municipal" / "urban-local-body.csv", 8, 3, 4),
    )
    for f, state_col, en_col, hi_col in sources:
        with f.open(encoding="utf-8", newline="") as fh:
            rows = csv.reader(fh)
            next(rows, None)
            for row in rows:
                if len(row) <= max(state_col, en_col, hi_col):
                    continue
                if row[state_col].strip().upper() not in _HINDI_STATES:
                    continue
                en = regex.split(r"[\s\-]+", row[en_col].strip())
                hi = regex.split(r"[\s\-]+", row[hi_col].strip())
                if len(en) != len(hi) or not row[hi_col].strip() or (whole_only and len(en) > 1):
                    continue
                for e, h in zip(en, hi, strict=True):
                    pair = _split_pair(h, e)
                    if pair:
                        yield pair


def latin_names(data: Path) -> set[str]:
    """Romanised given names and surnames (lower case)."""
    out: set[str] = set()
    for name in ("first.female.names", "first.male.names", "last.names"):
        f = data / NAMES / name
        for line in f.read_text(encoding="utf-8").splitlines():
            w = line.strip().lower()
            if _LATIN_WORD.match(w):
                out.add(w)
    return out


def xlit_crowd(data: Path) -> dict[str, set[str]]:
    """Evaluation pairs: Devanagari word -> its accepted romanisations (lower case)."""
    refs: dict[str, set[str]] = defaultdict(set)
    with (data / XLIT).open(encoding="utf-8") as fh:
        for line in fh:
            cells = line.rstrip("\n").split("\t")
            if len(cells) < 2:
                continue
            pair = _split_pair(cells[0], cells[1])
            if pair:
                refs[pair[0]].add(pair[1])
    return dict(refs)


LOK_SABHA = "lexicons/lok-sabha-17"
_LATIN_TOKEN = regex.compile(r"[A-Za-z]{3,}")


def latin_vocabulary_counts(data: Path) -> Counter[str]:
    """Words as Indian names and places are printed in English (lower case), with how
    often each occurs: the romanised-names list, Lok Sabha members and constituencies,
    and every LGD state, district, block and town name."""
    vocab: Counter[str] = Counter(latin_names(data))
    cells: list[str] = []
    ls = data / LOK_SABHA
    for f, cols in ((ls / "data" / "official.csv", ("name", "constituency")),
                    (ls / "wikidata" / "results" / "current-members.csv", ("name", "constituency"))):
        if f.exists():
            with f.open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    cells += [row.get(c) or "" for c in cols]
    for f, col in ((data / LGD / "administrative" / "1-state.csv", 3),
                   (data / LGD / "administrative" / "2-district.csv", 3),
                   (data / LGD / "administrative" / "blocks.csv", 7),
                   (data / LGD / "municipal" / "urban-local-body.csv", 3)):
        if f.exists():
            with f.open(encoding="utf-8", newline="") as fh:
                rows = csv.reader(fh)
                next(rows, None)
                cells += [row[col] for row in rows if len(row) > col]
    honorifics = {"shri", "smt", "kumari", "prof", "adv", "the", "and"}
    for cell in cells:
        for tok in _LATIN_TOKEN.findall(cell):
            t = tok.lower()
            if t not in honorifics:
                vocab[t] += 1
    return vocab


def latin_vocabulary(data: Path) -> set[str]:
    """The words of :func:`latin_vocabulary_counts`."""
    return set(latin_vocabulary_counts(data))
