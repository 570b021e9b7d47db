"""Align a Devanagari word's letter units with its romanisation (for training).

Every unit emits a piece of the Latin string (0 to 4 letters, possibly empty); the
best alignment minimises the summed cost of the pieces. The first pass costs a piece
by a weighted edit distance to the rule output of its unit (vowels and close
consonants substitute cheaply, an added a/e/h/y or doubled letter is cheap); later
passes use -log P(piece | unit) re-estimated from the previous alignments (hard EM).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from khabar.translit.script import Letters, kinds, units

MAX_PIECE = 4
_VOWELS = frozenset("aeiouy")
_CLOSE = frozenset({("c", "k"), ("q", "k"), ("w", "v"), ("z", "j"), ("f", "p"), ("x", "k"),
                    ("b", "v"), ("s", "z"), ("d", "t"), ("n", "m")})
_CHEAP_INSERT = frozenset("aehy")


def _sub(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if a in _VOWELS and b in _VOWELS:
        return 0.5
    if (a, b) in _CLOSE or (b, a) in _CLOSE:
        return 0.5
    return 1.0


def weighted_distance(piece: str, expected: str) -> float:
    """Edit distance with cheap vowel swaps, close consonants and doublings."""
    n, m = len(piece), len(expected)
    prev = [j * 1.0 for j in range(m + 1)]
    for i in range(1, n + 1):
        c = piece[i - 1]
        ins = 0.3 if i >= 2 and piece[i - 2] == c else (0.5 if c in _CHEAP_INSERT else 1.0)
        cur = [prev[0] + ins] + [0.0] * m
        for j in range(1, m + 1):
            d = expected[j - 1]
            dele = 0.5 if d in _CHEAP_INSERT else 1.0
            cur[j] = min(prev[j] + ins, cur[j - 1] + dele, prev[j - 1] + _sub(c, d))
        prev = cur
    return prev[m]


def _expected(unit: str, kind: str, letters: Letters) -> tuple[str, ...]:
    base = letters.latin.get(unit, letters.latin.get(unit[:1], ""))
    if kind == "C":
        return (base, base + "a")
    if kind == "N":
        return ("n", "m", "")
    if kind == "H":
        return ("h", "")
    if kind in ("M", "V"):
        return (base,)
    return ("",)


class Aligner:
    """Hard-EM aligner of (units, latin) pairs."""

    def __init__(self, letters: Letters) -> None:
        self.letters = letters
        self._prior: dict[tuple[str, str], float] = {}
        self._cost: dict[tuple[str, str], float] | None = None

    def prior(self, unit: str, kind: str, piece: str) -> float:
        key = (unit, piece)
        got = self._prior.get(key)
        if got is None:
            got = min(weighted_distance(piece, e) for e in _expected(unit, kind, self.letters))
            self._prior[key] = got
        return got

    def cost(self, unit: str, kind: str, piece: str) -> float:
        if self._cost is None:
            return self.prior(unit, kind, piece)
        got = self._cost.get((unit, piece))
        return got if got is not None else 4.0 + self.prior(unit, kind, piece)

    def align(self, us: Sequence[str], ks: Sequence[str], latin: str) -> tuple[list[str], float] | None:
        """The best pieces for ``us`` and the mean cost per unit (None if impossible)."""
        n, m = len(us), len(latin)
        inf = math.inf
        best = [[inf] * (m + 1) for _ in range(n + 1)]
        back = [[0] * (m + 1) for _ in range(n + 1)]
        best[0][0] = 0.0
        for i in range(n):
            u, k = us[i], ks[i]
            max_len = 0 if k in ("X", "K", "S", "?") else MAX_PIECE
            row, nxt, nback = best[i], best[i + 1], back[i + 1]
            for j in range(m + 1):
                base = row[j]
                if base == inf:
                    continue
                for length in range(0, min(max_len, m - j) + 1):
                    c = base + self.cost(u, k, latin[j : j + length])
                    if c < nxt[j + length]:
                        nxt[j + length] = c
                        nback[j + length] = length
        if best[n][m] == inf:
            return None
        pieces: list[str] = []
        j = m
        for i in range(n, 0, -1):
            length = back[i][j]
            pieces.append(latin[j - length : j])
            j -= length
        pieces.reverse()
        return pieces, best[n][m] / max(n, 1)

    def reestimate(self, alignments: Iterable[tuple[Sequence[str], Sequence[str], Sequence[str], int]]) -> None:
        """Costs from the counts of (unit, piece) in the given alignments."""
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for us, _ks, pieces, weight in alignments:
            for u, p in zip(us, pieces, strict=True):
                counts[u][p] += weight
        cost: dict[tuple[str, str], float] = {}
        for u, c in counts.items():
            total = sum(c.values()) + 1.0
            for p, k in c.items():
                cost[(u, p)] = -math.log(k / total)
        self._cost = cost


def align_corpus(
    pairs: Sequence[tuple[str, str, int]], letters: Letters, iterations: int = 3, max_cost: float = 1.2
) -> list[tuple[list[str], list[str], list[str], int]]:
    """Align (devanagari, latin, weight) pairs; returns (units, kinds, pieces, weight)."""
    prepared = []
    for deva, latin, w in pairs:
        us = units(deva, letters)
        prepared.append((us, kinds(us, letters), latin, w))
    aligner = Aligner(letters)
    result: list[tuple[list[str], list[str], list[str], int]] = []
    for it in range(iterations):
        result = []
        for us, ks, latin, w in prepared:
            got = aligner.align(us, ks, latin)
            if got is None:
                continue
            pieces, mean = got
            if it == 0 and mean > max_cost:
                continue
            result.append((us, ks, pieces, w))
        aligner.reestimate(result)
    # the final pass keeps only pairs that align well under the learned costs
    final = []
    for us, ks, latin, w in prepared:
        got = aligner.align(us, ks, latin)
        if got is None:
            continue
        pieces, _mean = got
        if sum(aligner.prior(u, k, p) for u, k, p in zip(us, ks, pieces, strict=True)) / max(len(us), 1) <= max_cost:
            final.append((us, ks, pieces, w))
    return final
