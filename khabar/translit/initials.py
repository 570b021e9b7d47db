"""Initialisms written in Devanagari: बीजेपी → BJP, एनडीए → NDA, आईपीएस → IPS."""

from __future__ import annotations

from khabar.resources import load_table
from khabar.translit.script import normalize


class Initialisms:
    """Spell a word as capitals when it is wholly a run of English letter names."""

    def __init__(self) -> None:
        self.letters: dict[str, str] = {}
        for row in load_table("translit/letter_names.tsv"):
            if len(row) >= 2:
                self.letters[normalize(row[0])] = row[1]
        self.max_len = max((len(k) for k in self.letters), default=0)

    def spell(self, word: str) -> str | None:
        """The capitals a word stands for (two letters or more), else None."""
        n = len(word)
        if n < 2 or n > 40:
            return None
        # best[i]: fewest letters spelling word[:i] (None if impossible)
        best: list[tuple[int, str] | None] = [None] * (n + 1)
        best[0] = (0, "")
        for i in range(n):
            cur = best[i]
            if cur is None:
                continue
            for j in range(i + 1, min(n, i + self.max_len) + 1):
                letter = self.letters.get(word[i:j])
                if letter is None:
                    continue
                cand = (cur[0] + 1, cur[1] + letter)
                old = best[j]
                if old is None or cand[0] < old[0]:
                    best[j] = cand
        end = best[n]
        if end is None or end[0] < 2:
            return None
        return end[1]
