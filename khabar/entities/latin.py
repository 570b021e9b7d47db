"""Latin spelling of entity names.

Uses ``khabar.translit.Romanizer`` (khabar's own romaniser); when that module is not
available, falls back to aksharamukha's colloquial romanisation with schwa deletion,
title-cased.
"""

from __future__ import annotations

from collections.abc import Callable

MAX_CHARS = 200


def _fallback() -> Callable[[str], str]:
    from aksharamukha import transliterate

    def romanize(text: str) -> str:
        out = transliterate.process(
            "Devanagari", "RomanColloquial", text, pre_options=["RemoveSchwaHindi"]
        )
        return " ".join(w[:1].upper() + w[1:] for w in out.split(" "))

    return romanize


class Latin:
    """Romanises names, caching results (names repeat across articles)."""

    def __init__(self) -> None:
        self.source: str
        try:
            from khabar.translit import Romanizer  # type: ignore[import-not-found,unused-ignore]

            self._fn: Callable[[str], str] = Romanizer()
            self.source = "khabar.translit"
        except ImportError:
            self._fn = _fallback()
            self.source = "aksharamukha"
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
