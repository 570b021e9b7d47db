"""The titles and honorifics list (khabar/resources/entities/titles.tsv).

Shared with other components (roles): ``load_titles()`` returns every row;
``TitleIndex`` answers "which title ends / starts at this token?" over token lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from khabar.resources import load_table
from khabar.text.tokenize import tokenize

TITLES_FILE = "entities/titles.tsv"
KINDS = ("honorific", "post", "kin", "descriptor")
POSITIONS = ("before", "after")


@dataclass(frozen=True)
class Title:
    """One row of titles.tsv: ``words`` is the title as khabar's tokens
    ("डॉ." -> ("डॉ", "."))."""

    title: str
    kind: str
    position: str

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.title[s:e] for s, e in tokenize(self.title))


def load_titles(name: str = TITLES_FILE) -> list[Title]:
    """All rows of the titles file, in file order (duplicates dropped)."""
    out: list[Title] = []
    seen: set[str] = set()
    for row in load_table(name):
        if len(row) < 3:
            raise ValueError(f"{name}: expected title, kind, position in {row!r}")
        title, kind, position = " ".join(row[0].split()), row[1], row[2]
        if kind not in KINDS or position not in POSITIONS:
            raise ValueError(f"{name}: bad kind/position in {row!r}")
        if title in seen:
            continue
        seen.add(title)
        out.append(Title(title, kind, position))
    return out


class TitleIndex:
    """Token-sequence lookup of titles (longest match wins)."""

    def __init__(self, titles: list[Title] | None = None) -> None:
        self.titles = load_titles() if titles is None else titles
        self._before: dict[tuple[str, ...], Title] = {}
        self._after: dict[tuple[str, ...], Title] = {}
        for t in self.titles:
            key = tuple(title_key(w) for w in t.words)
            (self._before if t.position == "before" else self._after).setdefault(key, t)
        self.max_len = max((len(t.words) for t in self.titles), default=1)
        # the words as written and as keyed (प्रोफेसर, and प्रोफ़ेसर through its key)
        self._keyed_words = frozenset(w for k in (*self._before, *self._after) for w in k)
        self.words = frozenset(w for t in self.titles for w in t.words) | self._keyed_words
        self._last = frozenset(k[-1] for k in self._before)
        self._first = {
            "before": frozenset(k[0] for k in self._before),
            "after": frozenset(k[0] for k in self._after),
        }

    def may_end(self, word: str) -> bool:
        """``word`` is the last word of some 'before' title (a cheap test before
        ``ending_at``)."""
        return title_key(word) in self._last

    def may_end_each(self, words: list[str]) -> list[bool]:
        """``may_end`` of each word (in one pass; the key is only rewritten for words
        with a nukta or chandrabindu)."""
        last = self._last
        return [
            (title_key(w) in last) if _needs_fold(w) else (w in last) for w in words
        ]

    def may_start_after(self, word: str) -> bool:
        """``word`` is the first word of some 'after' title."""
        return title_key(word) in self._first["after"]

    def is_title_word(self, word: str) -> bool:
        """A word of some title, spelling variants (nukta, chandrabindu) included."""
        return word in self.words or title_key(word) in self._keyed_words

    def ending_at(self, words: list[str], i: int) -> tuple[int, Title] | None:
        """The longest 'before' title whose last word is ``words[i]``: (first index, title)."""
        if i < 0 or title_key(words[i]) not in self._last:
            return None
        for n in range(min(self.max_len, i + 1), 0, -1):
            t = self._before.get(tuple(title_key(w) for w in words[i - n + 1 : i + 1]))
            if t is not None:
                return i - n + 1, t
        return None

    def starting_at(self, words: list[str], i: int, position: str = "before") -> tuple[int, Title] | None:
        """The longest title starting at ``words[i]``: (end index exclusive, title)."""
        if i >= len(words) or title_key(words[i]) not in self._first[position]:
            return None
        table = self._before if position == "before" else self._after
        for n in range(min(self.max_len, len(words) - i), 0, -1):
            t = table.get(tuple(title_key(w) for w in words[i : i + n]))
            if t is not None:
                return i + n, t
        return None


# nukta (alone or inside ऩ ऱ ऴ) dropped, chandrabindu as anusvara
_FOLD = str.maketrans({"\u093c": None, "\u0929": "\u0928", "\u0931": "\u0930",
                       "\u0934": "\u0933", "\u0901": "\u0902"})
_needs_fold = re.compile("[\u093c\u0901\u0929\u0931\u0934]").search


def title_key(word: str) -> str:
    """Titles match regardless of nukta and chandrabindu (प्रोफ़ेसर = प्रोफेसर,
    ऱ = र)."""
    return word.translate(_FOLD) if _needs_fold(word) else word
