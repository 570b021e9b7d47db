"""Press spellings: a romanised word respelled the way Indian names are printed in English.

Typed romanisations (Dakshina, and so the lexicon and the letter model) spell vowel
length and व freely: ``vishvas``, ``sudhir``/``sudheer``, ``alvar``. Official and
printed names (``resources/translit/press_spellings.tsv``, built by ``khabar train
translit`` from the ``ship`` lists of Indian names, Lok Sabha members and
constituencies, and LGD place names, with how often each spelling occurs there) fix
one spelling per *press key*: the most frequent one, if it occurs at least twice and
is not tied. A romanisation that is itself a printed spelling stays (javed, pawan);
one that is not takes the printed spelling of its press key (vishvas → vishwas). The key folds only what typing
varies and printing fixes: aa/a, ee/ii/i, oo/uu/u and w/v; consonants, doubling,
aspiration and vowel quality are kept, so ``khanna`` and ``khana`` stay apart.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from khabar.resources import load_table

_FOLDS = (("w", "v"), ("aa", "a"), ("ee", "i"), ("ii", "i"), ("oo", "u"), ("uu", "u"))
MIN_KEY_CHARS = 4  # shorter words are too ambiguous to respell


def press_key(word: str) -> str:
    """The press key of a lower-case romanised word."""
    for old, new in _FOLDS:
        if old in word:
            word = word.replace(old, new)
    return word


MIN_COUNT = 2


def build_table(counts: Iterable[tuple[str, int]]) -> tuple[dict[str, str], frozenset[str]]:
    """(key -> spelling, printed spellings) from (printed word, count)."""
    by_key: dict[str, Counter[str]] = defaultdict(Counter)
    for word, n in counts:
        if len(word) >= MIN_KEY_CHARS:
            by_key[press_key(word)][word] += n
    table: dict[str, str] = {}
    printed: set[str] = set()
    for key, c in by_key.items():
        printed.update(c)
        top = c.most_common(2)
        if top[0][1] >= MIN_COUNT and (len(top) == 1 or top[0][1] > top[1][1]):
            table[key] = top[0][0]
    return table, frozenset(printed)


class PressSpellings:
    """``PressSpellings()(word)``: the printed spelling of a lower-case romanised word."""

    def __init__(self, name: str = "translit/press_spellings.tsv") -> None:
        try:
            rows = load_table(name)
        except FileNotFoundError:
            rows = []
        counts = [(r[0], int(r[1])) for r in rows if len(r) >= 2 and r[0] and r[1].isdigit()]
        self.table, self.printed = build_table(counts)

    def __call__(self, word: str) -> str:
        if len(word) < MIN_KEY_CHARS or word in self.printed:
            return word
        return self.table.get(press_key(word), word)
