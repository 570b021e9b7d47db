"""Romanise Devanagari names the way an English-language Indian paper prints them.

Each Devanagari word is looked up, in order, in
1. ``resources/translit/names.tsv`` — curated spellings of names and words whose
   printed form is a convention rather than a sound (मंजूर → Manzoor, डॉ → Dr);
2. ``resources/translit/loanwords.tsv`` — English words written in Devanagari, as
   printed (लकी → Lucky, मोटर्स → Motors, ऑफ → of);
3. ``resources/translit/letter_names.tsv`` — initialisms spelled out in Devanagari
   (बीजेपी → BJP), unless the lexicon spells the word otherwise (बीबी → Bibi);
4. ``resources/translit/lexicon.tsv`` — words learned from the ``ship`` data by
   ``khabar train translit`` (the spelling most people chose, where they agreed);
5. the learned per-letter model ``resources/translit/model.crfsuite`` (if present);
6. the rules of :mod:`khabar.translit.script`.
A word outside the lists that ends in a part of compound names
(``resources/translit/compound_ends.tsv``: नगर, गढ़, पुर …) is romanised as its stem (by
the model) and that part apart (विकासनगर → Vikasnagar, not Vikasanagar).
What the lexicon, the model or the rules give is then respelled the printed way where
``resources/translit/press_spellings.tsv`` knows the word (:mod:`khabar.translit.press`:
vishvas → vishwas, kapur → kapoor). Words are cached per instance. Latin text and
anything that is not Devanagari passes through unchanged; Devanagari digits become ASCII digits and a danda a full stop.
"""

from __future__ import annotations

import unicodedata

import regex

from khabar.resources import load_table, path
from khabar.translit.initials import Initialisms
from khabar.translit.key import latin_key
from khabar.translit.press import PressSpellings
from khabar.translit.script import DEVANAGARI_WORD_RE, Letters, normalize, rule_romanize_word

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

    def __init__(
        self, use_model: bool = True, use_lexicon: bool = True, use_names: bool = True, use_press: bool = True
    ) -> None:
        """``use_*`` switch layers off, for measuring what each one adds."""
        self.letters = Letters.load()
        self.names = _load_pairs("translit/names.tsv") if use_names else {}
        self.loanwords = _load_pairs("translit/loanwords.tsv") if use_names else {}
        # English function words (of, and) stay lower case inside a name
        self.lower_words = frozenset(v for v in self.loanwords.values() if v.islower())
        self.press = PressSpellings() if use_press else None
        self.schwa_rules = use_press
        ends = _load_pairs("translit/compound_ends.tsv") if use_names else {}
        self.compound_ends = ends
        self._end_lengths = sorted({len(e) for e in ends}, reverse=True)
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
            got = self.loanwords.get(word)
        if got is None:
            got = self._learned(word)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[word] = got
        return got

    def _learned(self, word: str) -> str:
        """The lexicon's, an initialism's, the model's or the rules' spelling, printed."""
        got = self.lexicon.get(word)
        spelled = self.initials.spell(word)
        if spelled is not None and (got is None or got == spelled.lower()):
            return spelled
        if got is None and self.compound_ends:
            got = self._compound(word)
        if got is None:
            if self.model is not None and len(word) <= _MODEL_MAX_CHARS:
                got, ruled = self.model.romanize_with_rules(word)
                if self.schwa_rules:
                    got = drop_kept_schwas(got, ruled)
            else:
                got = rule_romanize_word(word, self.letters)
        return self.press(got) if self.press is not None else got

    def _compound(self, word: str) -> str | None:
        """Stem and last part romanised apart (नारायणगढ़ → narayan + garh), or None."""
        if self.model is None:
            return None
        for n in self._end_lengths:
            latin = self.compound_ends.get(word[-n:]) if len(word) >= n + 3 else None
            if latin is not None:
                stem = word[:-n]
                if stem[-1] in _NO_SPLIT_BEFORE:
                    continue
                got, ruled = self.model.romanize_with_rules(stem)
                if self.schwa_rules:
                    got = drop_kept_schwas(got, ruled)
                return got + latin
        return None

    def __call__(self, text: str) -> str:
        """Romanise every Devanagari word of ``text``; each becomes Title Case."""
        text = normalize(text).translate(_PUNCT)
        return DEVANAGARI_WORD_RE.sub(self._printed, text)

    def _printed(self, m: regex.Match[str]) -> str:
        got = self.word(m.group())
        if m.start() > 0 and got in self.lower_words:
            return got
        return _title(got)

    def key(self, text: str) -> str:
        """The loose matching key (:func:`latin_key`) of a name in either script."""
        return latin_key(self(text))


_VOWELS = frozenset("aeiou")
# a stem ending in a virama or nukta is no stem (the part is then inside a cluster)
_NO_SPLIT_BEFORE = frozenset("\u094d\u093c")
_VOWEL_GROUP_RE = regex.compile(r"[aeiouy]+")
MAX_SCHWA_SYLLABLES = 2


def drop_kept_schwas(got: str, ruled: str) -> str:
    """The model's spelling without the medial schwas it kept where the schwa rules drop
    them (dadara → dadra, aadami → aadmi), in words of at most two syllables once
    dropped; longer words keep the model's spelling (the rules miss morpheme
    boundaries there), as do a final a, an a that lengthens another (aa), an a
    before y or h (Vijayan, Bagaha) and an a before the last consonants (Shatrughan)."""
    if len(got) <= len(ruled) or got == ruled:
        return got
    out: list[str] = []
    j = 0
    n = len(got)
    for i, ch in enumerate(got):
        if j < len(ruled) and ch == ruled[j]:
            out.append(ch)
            j += 1
        elif ch != "a":
            return got
        elif (
            i == 0 or i == n - 1 or got[i - 1] in _VOWELS or got[i + 1] in _VOWELS or got[i + 1] in "yh"
            or not any(c in _VOWELS for c in got[i + 2 :])
        ):
            out.append(ch)  # initial, final, long, before y/h or the final consonants: kept
        # else: a single medial a between consonants that the rules drop
    if j != len(ruled):
        return got
    dropped = "".join(out)
    return dropped if len(_VOWEL_GROUP_RE.findall(dropped)) <= MAX_SCHWA_SYLLABLES else got


def _title(word: str) -> str:
    if not word or any(c.isupper() for c in word):
        return word  # curated spellings keep their own case (BJP, McCluskieganj)
    return word[0].upper() + word[1:]


def is_devanagari(text: str) -> bool:
    """True when ``text`` holds at least one Devanagari letter."""
    return any("\u0900" <= c <= "\u097f" and unicodedata.category(c)[0] == "L" for c in text)
