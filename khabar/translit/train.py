"""``khabar train translit``: build the romanisation tables from the ``ship`` data.

Writes into khabar/resources/translit/ (or ``--out``):
- ``lexicon.tsv``: Devanagari word -> the romanisation most annotators of Dakshina
  chose (kept only where at least two agreed and the choice was not tied; words with
  ड़/ढ़ are left to the model, which spells them the press way), plus
  official LGD place names of the Hindi states (those that are romanisations, not
  translations) whose spelling the letter model does not already produce;
- ``model.crfsuite``: the per-letter model (see :mod:`khabar.translit.model`),
  trained on Dakshina train+dev+test and the LGD place-name pairs.
Xlit-Crowd is never read here: it is the evaluation set.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter, defaultdict
from pathlib import Path

from khabar.resources import path as resource_path
from khabar.translit.align import Aligner
from khabar.translit.data import dakshina_pairs, lgd_pairs
from khabar.translit.script import Letters, kinds, units

LEXICON_HEADER = (
    "# Learned by `khabar train translit` from lexicons/dakshina-hi (CC BY-SA 4.0) and\n"
    "# lexicons/lgd-india-admin (GODL-India). Do not edit: curated spellings go in names.tsv.\n"
    "# columns: devanagari<TAB>latin\n"
)


# words with ड़/ढ़ are left to the model, which writes them the press way (r/rh)
_FLAPS = ("\u0921\u093c", "\u0922\u093c")


def majority_lexicon(counts: dict[str, Counter[str]], min_votes: int = 2) -> dict[str, str]:
    """Words whose most frequent romanisation has ``min_votes`` and no tie."""
    out: dict[str, str] = {}
    for word, c in counts.items():
        if any(f in word for f in _FLAPS):
            continue
        top = c.most_common(2)
        if top[0][1] >= min_votes and (len(top) == 1 or top[0][1] > top[1][1]):
            out[word] = top[0][0]
    return out


def plausible_pairs(pairs: list[tuple[str, str]], max_cost: float = 0.45) -> list[tuple[str, str]]:
    """Pairs whose Latin side is a romanisation of the Devanagari, not a translation
    (उत्तर/north) or a typo (केवटी/keotirunway), by the aligner's prior cost per letter."""
    letters = Letters.load()
    aligner = Aligner(letters)
    out = []
    for deva, latin in pairs:
        us = units(deva, letters)
        got = aligner.align(us, kinds(us, letters), latin)
        if got is not None and got[1] <= max_cost:
            out.append((deva, latin))
    return out


def write_lexicon(lexicon: dict[str, str], f: Path) -> None:
    with f.open("w", encoding="utf-8") as fh:
        fh.write(LEXICON_HEADER)
        for word in sorted(lexicon):
            fh.write(f"{word}\t{lexicon[word]}\n")


def run(args: argparse.Namespace) -> int:
    data = Path(args.data)
    if not (data / "lexicons").is_dir():
        print(f"khabar train translit: {data}/lexicons not found (shared data needed)")
        return 2
    out = Path(args.out) if args.out else resource_path("translit")
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for deva, latin, n in dakshina_pairs(data):
        counts[deva][latin] += n
    lgd = plausible_pairs(sorted(set(lgd_pairs(data))))
    lexicon = majority_lexicon(counts)
    from khabar.translit import model as letter_model

    trained = letter_model.train(counts, lgd, out / "model.crfsuite")
    for deva, latin in lgd:
        if deva not in lexicon and trained.romanize(deva) != latin:
            lexicon[deva] = latin
    write_lexicon(lexicon, out / "lexicon.tsv")
    print(
        f"translit: {len(counts)} Dakshina words, {len(lgd)} LGD pairs -> "
        f"lexicon {len(lexicon)} words, model {out / 'model.crfsuite'} "
        f"({time.perf_counter() - t0:.0f} s)"
    )
    return 0
