"""Name and search-text normalisation shared by the store, its queries and the web UI.

- ``search_text``: what FTS5 indexes and what queries are matched with: khabar's text
  normalisation (NFC, zero-width joiners dropped, Devanagari digits to ASCII, ...), then
  spelling folds that Hindi writers mix freely (nukta dropped, chandrabindu to anusvara).
- ``name_key``: the key people and organisations are grouped by: ``search_text`` of the
  name with honorifics (श्री, डॉ., ... जी, साहब) and punctuation removed.
- ``NameTools``: romanisation (``latin``) and the loose Latin key (``latin_key``) from
  ``khabar.translit``, so that "Rajesh Thakur", "rajesh thakur" and राजेश ठाकुर meet.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from khabar.entities.titles import load_titles
from khabar.resources import load_lines
from khabar.text.normalize import Normalizer

# The nukta (U+093C, also inside the precomposed ऩ ऱ ऴ) is dropped; U+0901 chandrabindu
# is written as U+0902 anusvara. U+E000/U+E001 are reserved as search-hit markers and
# never indexed.
_FOLD = str.maketrans({
    "\u093c": None, "\u0929": "\u0928", "\u0931": "\u0930", "\u0934": "\u0933",
    "\u0901": "\u0902", "\ue000": None, "\ue001": None,
})
_WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:\.(?=\s|$))?")
_LATIN_RE = regex.compile(r"[A-Za-z]")
_DEVANAGARI_RE = regex.compile(r"[\u0900-\u097f]")


class TextFolder:
    """``search_text`` with the normaliser loaded once."""

    def __init__(self) -> None:
        self._norm = Normalizer()

    def __call__(self, text: str) -> str:
        return self._norm(text).text.translate(_FOLD)


class NameTools:
    """Everything needed to turn a name (Devanagari or Latin) into matching keys."""

    def __init__(self) -> None:
        self.fold = TextFolder()
        honorifics = [t for t in load_titles() if t.kind == "honorific"]
        self._before = {self._words(t.title) for t in honorifics if t.position == "before"}
        self._after = {self._words(t.title) for t in honorifics if t.position == "after"}
        self._posts = {self._words(t.title) for t in load_titles() if t.kind == "post"}
        self._max = max((len(w) for w in self._before | self._after | self._posts), default=1)
        self._latin_titles = frozenset(load_lines("store/latin_honorifics.txt"))
        self._romanize, self._latin_key = _translit()

    def _words(self, s: str) -> tuple[str, ...]:
        return tuple(w.rstrip(".") for w in _WORD_RE.findall(self.fold(s)))

    def words(self, name: str, strip_posts: bool = False) -> list[str]:
        """Folded words of a name without leading/trailing honorifics (and posts)."""
        words = [w.rstrip(".") for w in _WORD_RE.findall(self.fold(name))]
        words = [w for w in words if w]
        leading = self._before | self._posts if strip_posts else self._before
        changed = True
        while changed and len(words) > 1:
            changed = False
            for n in range(min(self._max, len(words) - 1), 0, -1):
                if tuple(words[:n]) in leading:
                    words = words[n:]
                    changed = True
                    break
                if tuple(words[-n:]) in self._after:
                    words = words[:-n]
                    changed = True
                    break
        return words

    def key(self, name: str, strip_posts: bool = False) -> str:
        """Grouping key of a name: folded words without honorifics, space-joined."""
        return " ".join(self.words(name, strip_posts))

    def latin(self, name: str) -> str:
        """A readable Latin form of a Devanagari name (Latin input is returned as is)."""
        if not _DEVANAGARI_RE.search(name):
            return " ".join(name.split())
        return str(self._romanize(name))

    def latin_key(self, name: str) -> str:
        """Loose Latin keys of the words of a name in either script, space-joined
        ("" when nothing is left); ``"".join`` of it is ``khabar.translit.latin_key``."""
        if _DEVANAGARI_RE.search(name):
            words = self.latin(" ".join(self.words(name))).split()
        else:
            words = [w.rstrip(".").lower() for w in name.replace(",", " ").split()]
            while len(words) > 1 and words[0] in self._latin_titles:
                words = words[1:]
            while len(words) > 1 and words[-1] in self._latin_titles:
                words = words[:-1]
        keys = (str(self._latin_key(w)) for w in words)
        return " ".join(k for k in keys if k)


def _translit() -> tuple[Callable[[str], str], Callable[[str], str]]:
    """khabar.translit's romaniser and Latin key."""
    from khabar.translit import Romanizer, latin_key

    return Romanizer(), latin_key


def is_latin(text: str) -> bool:
    """True when the text has Latin letters and no Devanagari."""
    return bool(_LATIN_RE.search(text)) and not _DEVANAGARI_RE.search(text)
