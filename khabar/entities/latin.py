"""Latin spelling of entity names, by ``khabar.translit.Romanizer``."""

from __future__ import annotations

from khabar.translit import Romanizer

MAX_CHARS = 200


class Latin:
    """Romanises names, caching results (names repeat across articles)."""

    source = "khabar.translit"

    def __init__(self) -> None:
        self._fn = Romanizer()
        self._cache: dict[str, str] = {}

    def __call__(self, name: str) -> str:
        if len(name) > MAX_CHARS:  # no name is this long: bound the cost
            name = name[:MAX_CHARS]
        got = self._cache.get(name)
        if got is None:
            got = self._fn(name) if any("\u0900" <= c <= "\u097f" for c in name) else name
            if len(self._cache) < 100_000:
                self._cache[name] = got
        return got
