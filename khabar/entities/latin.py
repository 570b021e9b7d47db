"""Latin spelling of entity names, by ``khabar.translit.Romanizer``."""

from __future__ import annotations

import regex

from khabar.entities.gazetteer import spelling_key
from khabar.resources import load_table
from khabar.translit import Romanizer

MAX_CHARS = 200
NAMES_FILE = "entities/latin_names.tsv"
_SPLIT_RE = regex.compile(r"(\s+|\.)")


class Latin:
    """Romanises names, caching results (names repeat across articles)."""

    source = "khabar.translit"

    def __init__(self) -> None:
        self._fn = Romanizer()
        self._cache: dict[str, str] = {}
        # single letter names (के -> K) for initials inside people's names
        self._letters = {r[0]: r[1] for r in load_table("translit/letter_names.tsv") if len(r) >= 2}
        # words of people's names with the press spelling (शी -> Xi), by spelling key
        self._names = {spelling_key(r[0]): r[1] for r in load_table(NAMES_FILE) if len(r) >= 2}

    def __call__(self, name: str) -> str:
        if len(name) > MAX_CHARS:  # no name is this long: bound the cost
            name = name[:MAX_CHARS]
        got = self._cache.get(name)
        if got is None:
            got = self._fn(name) if any("\u0900" <= c <= "\u097f" for c in name) else name
            if len(self._cache) < 100_000:
                self._cache[name] = got
        return got

    def person(self, name: str) -> str:
        """A person's name: a letter name before the last word is an initial ("एस के
        सिंह" -> "S K Singh", "वी.के. यादव" -> "V.K. Yadav"; not "Ke")."""
        parts = _SPLIT_RE.split(name)
        words = [i for i, p in enumerate(parts) if p and not _SPLIT_RE.fullmatch(p)]
        known = {i: self._names.get(spelling_key(parts[i])) for i in words}
        initials = len(words) >= 2 and any(parts[i] in self._letters for i in words[:-1])
        if not initials and not any(known.values()):
            return self(name)
        done: dict[int, str] = {}
        for i in words:
            latin = known[i]
            if latin is not None and len(words) >= 2:  # a lone "शी" or "मे" is no name
                done[i] = latin
            elif initials and i != words[-1] and parts[i] in self._letters:
                done[i] = self._letters[parts[i]]
        return "".join(
            done[i] if i in done else p if _SPLIT_RE.fullmatch(p) else self(p)
            for i, p in enumerate(parts)
            if p
        )
