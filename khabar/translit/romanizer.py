"""Romanise Devanagari names the way an English-language Indian paper prints them.

Each Devanagari word is looked up, in order, in
1. ``resources/translit/names.tsv`` — curated spellings of names and words whose
   printed form is a convention rather than a sound (मंजूर → Manzoor, डॉ → Dr);
2. ``resources/translit/letter_names.tsv`` — initialisms spelled out in Devanagari
   (बीजेपी → BJP), unless the lexicon spells the word otherwise (बीबी → Bibi);
3. ``resources/translit/lexicon.tsv`` — words learned from the ``ship`` data by
   ``khabar train translit`` (the spelling most people chose, where they agreed);
4. the learned per-letter model ``resources/translit/model.crfsuite`` (if present);
5. the rules of :mod:`khabar.translit.script`.
Words are cached per instance. Latin text and anything that is not Devanagari passes
through unchanged; Devanagari digits become ASCII digits and a danda a full stop.
"""

from __future__ import annotations

import unicodedata

from khabar.resources import load_table, path
from khabar.translit.initials import Initialisms
from khabar.translit.key import latin_key
from khabar.translit.script import DEVANAGARI_WORD_RE, Letters, normalize

_CACHE_LIMIT = 200_000
_MODEL_MAX_CHARS = 64  # longer "words" are junk; the rules romanise them in linear time
_PUNCT = str.maketrans({"\u0964": ".", "\u0965": ".", **{chr(0x0966 + i): str(i) for i in range(10)}})


def _load_pairs(name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    try:
        rows = load_table(name)
    except FileNotFoundError:
        return out
    for row in rows:
        if len(row) >= 2 and row[0] and row[1]:
            out.setdefault(normalize(row[0]), row[1])
    return out


class Romanizer:
    """``Romanizer()(text)`` romanises the Devanagari words of ``text`` in Title Case."""

    def __init__(self, use_model: bool = True, use_lexicon: bool = True, use_names: bool = True) -> None:
        """``use_*`` switch layers off, for measuring what each one adds."""
        self.letters = Letters.load()
        self.names = _load_pairs("translit/names.tsv") if use_names else {}
        self.initials = Initialisms()
        self.lexicon = _load_pairs("translit/lexicon.tsv") if use_lexicon else {}
        self.model = None
        model_path = path("translit/model.crfsuite")
        if use_model and model_path.exists():
            from khabar.translit.model import LetterModel

            self.model = LetterModel(model_path, self.letters)
        self._cache: dict[str, str] = {}

    def word(self, word: str) -> str:
        """Romanisation of one normalised Devanagari word (lower case unless curated)."""
        got = self._cache.get(word)
        if got is not None:
            return got
        got = self.names.get(word)
        if got is None:
            got = self.lexicon.get(word)
            spelled = self.initials.spell(word)
            if spelled is not None and (got is None or got == spelled.lower()):
                got = spelled
        if got is None:
            if self.model is not None and len(word) <= _MODEL_MAX_CHARS:
                got = self.model.romanize(word)
            else:
                from khabar.translit.script import rule_romanize_word

                got = rule_romanize_word(word, self.letters)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[word] = got
        return got

    def __call__(self, text: str) -> str:
        """Romanise every Devanagari word of ``text``; each becomes Title Case."""
        text = normalize(text).translate(_PUNCT)
        return DEVANAGARI_WORD_RE.sub(lambda m: _title(self.word(m.group())), text)

    def key(self, text: str) -> str:
        """The loose matching key (:func:`latin_key`) of a name in either script."""
        return latin_key(self(text))


def _title(word: str) -> str:
    if not word or any(c.isupper() for c in word):
        return word  # curated spellings keep their own case (BJP, McCluskieganj)
    return word[0].upper() + word[1:]


def is_devanagari(text: str) -> bool:
    """True when ``text`` holds at least one Devanagari letter."""
    return any("\u0900" <= c <= "\u097f" and unicodedata.category(c)[0] == "L" for c in text)
