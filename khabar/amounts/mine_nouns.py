"""Rank the words that follow numbers and that the amount lexicon does not know.

A linguist's aid for count_nouns.tsv: it reads tokenised sentences, finds a number
(digits or a number word, with its multipliers) and the noun it counts, in the shapes
"<number> <noun>", "<number> <adjective> <noun>" and "<number> से अधिक/ज्यादा <noun>",
and prints the unknown nouns by frequency (the word right after the number and, when
that word is no noun the lexicon knows, the word after it). Nothing is written: which
candidates are counted nouns, and their unit, is the linguist's call.

By default it reads the ``ship`` corpora of ../shared/data/DATA.md (IL-NER, HiNER
validation, UD Hindi PUD, the MIDAS discourse sentences), the only ones that may build
a committed lexicon. ``--news`` reads the news corpora instead, to MEASURE how many
counted words after numbers stay unknown (those corpora are eval-only)::

    python -m khabar.amounts.mine_nouns [--news] [--top 300] [../shared/data]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from khabar.amounts.lexicon import AmountLexicon
from khabar.amounts.patterns import norm_form

_DIGITS_RE = re.compile(r"^[0-9][0-9,.]*$")
_WORD_RE = re.compile("^[\u0900-\u0963\u0971-\u097f]+$")
# words between a number and its noun that the mining skips ("50 से अधिक लोग")
_MORE = ("से अधिक", "से ज्यादा", "से ज़्यादा", "से कम", "से ऊपर")
# function words that are never a counted noun
_FUNCTION = frozenset(
    norm_form(w)
    for w in (
        "के की का को में से पर और या तक ने है हैं था थे थी भी ही तो वर्ष साल बजे"
        " अन्य नए नई नये बड़े बड़ी छोटे छोटी लाख करोड़ हजार हज़ार सौ"
    ).split()
)


def _conll_sentences(path: Path, column: int) -> Iterator[list[str]]:
    words: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if words:
                    yield words
                words = []
            elif not line.startswith("#"):
                cols = line.split("\t") if "\t" in line else line.split()
                if len(cols) > column and (column == 0 or cols[0].isdigit()):
                    words.append(cols[column])
    if words:
        yield words


def ship_sentences(root: Path) -> Iterator[list[str]]:
    """Token lists of the ship-licensed corpora."""
    for split in ("train", "dev", "test"):
        p = root / "ner" / "il-ner" / f"Hindi-{split}.txt"
        if p.is_file():
            yield from _conll_sentences(p, 0)
    p = root / "ner" / "hiner-validation" / "original" / "validation.conll"
    if p.is_file():
        yield from _conll_sentences(p, 0)
    p = root / "syntax" / "ud-hi-pud" / "hi_pud-ud-test.conllu"
    if p.is_file():
        yield from _conll_sentences(p, 1)
    p = root / "discourse" / "hindi-discourse-midas" / "discourse_dataset.json"
    if p.is_file():
        for row in json.loads(p.read_text(encoding="utf-8")).values():
            yield str(row.get("Sentence", "")).split()


def news_sentences(root: Path) -> Iterator[list[str]]:
    """Token lists of the news corpora, outside the quote gold selection (measuring only)."""
    from khabar.corpora import iter_articles

    sel_path = Path(__file__).resolve().parents[2] / "gold" / "quotes" / "selection.json"
    sel = set()
    if sel_path.is_file():
        sel = {(s["path"], s["index"]) for s in json.loads(sel_path.read_text("utf-8"))}
    corpora = ("covid2020-5papers", "bbc-hindi-test", "fire2018-events")
    for a in iter_articles(str(root), corpora):
        if (a.path, a.index) not in sel:
            yield re.sub(r"([।,;:!?\"'()])", r" \1 ", a.text).split()


def followers(sentences: Iterable[list[str]], lex: AmountLexicon) -> tuple[Counter, Counter]:
    """(unknown candidate nouns, known unit words) after numbers, by frequency."""
    numbers = set(lex.numbers) | set(lex.multipliers) | set(lex.fractions)
    unknown: Counter[str] = Counter()
    known: Counter[str] = Counter()
    for words in sentences:
        toks = [norm_form(w) for w in words]
        i = 0
        while i < len(toks):
            t = toks[i]
            if not (_DIGITS_RE.match(t) or t in numbers) or lex.numbers.get(t) == 1:
                i += 1  # "एक" is mostly the indefinite article
                continue
            j = i + 1
            while j < len(toks) and (toks[j] in lex.multipliers or toks[j] in numbers):
                j += 1  # "दो लाख", "दो-तीन" stays one number
            if j < len(toks) - 2 and f"{toks[j]} {toks[j + 1]}" in _MORE:
                j += 2
            for k in (j, j + 1):  # the noun, or an adjective and the noun
                if k >= len(toks):
                    break
                w = toks[k]
                if w in lex.units:
                    known[w] += 1
                    break
                if not _WORD_RE.match(w) or w in _FUNCTION or w in numbers:
                    break
                unknown[w] += 1
            i = j
    return unknown, known


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m khabar.amounts.mine_nouns")
    ap.add_argument("data", nargs="?", default=str(Path("..") / "shared" / "data"))
    ap.add_argument("--news", action="store_true", help="measure on the eval news corpora")
    ap.add_argument("--top", type=int, default=300)
    args = ap.parse_args(argv)
    root = Path(args.data)
    if not root.is_dir():
        print(f"khabar: {root}: not found", file=sys.stderr)
        return 2
    lex = AmountLexicon()
    sents = news_sentences(root) if args.news else ship_sentences(root)
    unknown, known = followers(sents, lex)
    total = sum(unknown.values()) + sum(known.values())
    print(f"# {sum(known.values())} of {total} words after numbers are known unit words")
    for w, n in unknown.most_common(args.top):
        print(f"{n}\t{w}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
