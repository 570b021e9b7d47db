"""A normalised view of Hindi text with an exact map back to the original offsets.

Every later stage reads the normalised string (``NormalizedText.text``) and reports
spans in its coordinates; ``to_orig`` turns them back into offsets of the input, so
that ``original[start:end]`` is always the text the span stands for.

What normalisation does:
- NFC (which also splits precomposed nukta letters such as U+0958 into base + nukta,
  so both spellings of क़ compare equal), applied per combining sequence;
- drops zero-width joiners/non-joiners, soft hyphens, BOMs and word joiners
  (दिल्‍ली → दिल्ली);
- joins vowels typed as two signs into the one letter they draw, as the Unicode
  Standard's "do not use" table for Devanagari lists them (लाेगाें → लोगों,
  माैसम → मौसम, डाॅ. → डॉ., अायोग → आयोग, एेसे → ऐसे), and the same two signs
  typed the other way round (लेाग → लोग);
- maps curly/low/guillemet quotes to ``"`` and ``'``, dash variants to ``-``,
  NBSP and other spaces to `` ``, Devanagari digits to ASCII digits;
- turns a visarga used as a colon (मिलाः उमैर खान) into ``:`` and a ``|`` used as a
  danda after Devanagari into ``।``.
The last two are one-to-one replacements and keep offsets; only the first three
change lengths, and they are recorded as edits (each covers the whole combining
sequence it rewrote, so a span maps back to whole letters).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from khabar.resources import load_lines

_DROP_CHARS = "\u200c\u200d\u00ad\ufeff\u2060"
_DROP_RE = regex.compile(f"[{_DROP_CHARS}]")
# Vowels typed as two code points that render as one letter (Unicode Standard, ch. 12,
# "Devanagari vowel letters/signs: do not use"), plus the vowel-sign pairs typed in the
# reverse order (े + ा for ो), which some news fonts' keyboards produce.
_SPLIT_VOWELS = {
    "\u093e\u0945": "\u0949",  # ा ॅ → ॉ
    "\u093e\u0946": "\u094a",  # ा ॆ → ॊ
    "\u093e\u0947": "\u094b",  # ा े → ो
    "\u093e\u0948": "\u094c",  # ा ै → ौ
    "\u0945\u093e": "\u0949",  # ॅ ा → ॉ
    "\u0947\u093e": "\u094b",  # े ा → ो
    "\u0948\u093e": "\u094c",  # ै ा → ौ
    "\u0905\u093e": "\u0906",  # अ ा → आ
    "\u0905\u0949": "\u0911",  # अ ॉ → ऑ
    "\u0905\u094a": "\u0912",  # अ ॊ → ऒ
    "\u0905\u094b": "\u0913",  # अ ो → ओ
    "\u0905\u094c": "\u0914",  # अ ौ → औ
    "\u0905\u0945": "\u0972",  # अ ॅ → ॲ
    "\u0905\u0946": "\u0904",  # अ ॆ → ऄ
    "\u090f\u0945": "\u090d",  # ए ॅ → ऍ
    "\u090f\u0946": "\u090e",  # ए ॆ → ऎ
    "\u090f\u0947": "\u0910",  # ए े → ऐ
    "\u0909\u0941": "\u090a",  # उ ु → ऊ
}
_SPLIT_VOWEL_RE = regex.compile("|".join(_SPLIT_VOWELS))
# Characters NFC may change (a nukta only after न र ळ, which compose with it), two or
# more combining marks in a row (canonical reordering: virama before nukta), the
# invisible characters that are dropped. Text without any of these is already NFC.
_TROUBLE = (
    f"[{_DROP_CHARS}]|\\p{{NFC_QC=N}}|(?!\u093c)\\p{{NFC_QC=M}}|[\u0928\u0930\u0933]\u093c"
    "|[^\\P{M}\\p{ccc=0}]{2,}"
)
_TROUBLE_RE = regex.compile(_TROUBLE)
# The same plus the split vowels, used only on a text that holds one (a few in a
# hundred news articles): looking for them in every text would slow the common case.
_TROUBLE_SPLIT_RE = regex.compile(_TROUBLE + "|" + "|".join(_SPLIT_VOWELS))
# A vowel sign after a vowel or a vowel sign: a superset of the pairs, found fast (the
# standard ``re`` scans a leading character class in C, about 2 % of the text layer's
# time on news, against 6-7 % for the pairs looked up one by one).
_SPLIT_VOWEL_HINT = re.compile("[\u0905\u0909\u090f\u093e\u0945-\u0948][\u093e\u0941\u0945-\u094c]")
_MAX_SEQ = 32

_ONE_TO_ONE: dict[int, str] = {}
for _chars, _target in (
    ("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02", '"'),
    ("\u2018\u2019\u201a\u201b\u2032\u2039\u203a\u0060\u00b4", "'"),
    ("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    ("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000", " "),
):
    for _c in _chars:
        _ONE_TO_ONE[ord(_c)] = _target
for _i in range(10):
    _ONE_TO_ONE[0x0966 + _i] = str(_i)
_ONE_TO_ONE_RE = regex.compile("[" + "".join(regex.escape(chr(c)) for c in _ONE_TO_ONE) + "]+")

# A visarga is a colon when it ends a word and is followed by a space or the line end,
# unless the word is one that really ends in a visarga (अतः, प्रातः, -तः adverbs, …).
_VISARGA_COLON_RE = regex.compile(r"(?<=[\p{L}\p{M}])\u0903(?=[ \t]|$|\n)", regex.MULTILINE)
_WORD_BEFORE_RE = regex.compile(r"[\p{L}\p{M}]+$")
_PIPE_DANDA_RE = regex.compile(r"(?<=[\u0900-\u097f][ \t]?)\|")


def _replace_run(m: regex.Match[str]) -> str:
    return "".join(_ONE_TO_ONE[ord(c)] for c in m.group(0))


def _visarga_words() -> frozenset[str]:
    return frozenset(load_lines("text/visarga_words.txt"))


@dataclass(frozen=True)
class Edit:
    """One length-changing replacement: original [orig_start, orig_end) became
    normalised [norm_start, norm_end)."""

    orig_start: int
    orig_end: int
    norm_start: int
    norm_end: int


@dataclass
class NormalizedText:
    """The normalised string plus the edits that map it back to the original."""

    original: str
    text: str
    edits: list[Edit] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._norm_starts = [e.norm_start for e in self.edits]

    def to_orig_start(self, pos: int) -> int:
        """Original offset for a span starting at normalised ``pos``."""
        i = bisect_right(self._norm_starts, pos) - 1
        if i < 0:
            return pos
        e = self.edits[i]
        if pos < e.norm_end:
            return e.orig_start
        return e.orig_end + (pos - e.norm_end)

    def to_orig_end(self, pos: int) -> int:
        """Original offset for a span ending at normalised ``pos``."""
        i = bisect_left(self._norm_starts, pos) - 1
        if i < 0:
            return pos
        e = self.edits[i]
        if pos <= e.norm_end:
            return e.orig_end
        return e.orig_end + (pos - e.norm_end)

    def to_orig(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span to the smallest original span that covers it."""
        if not self.edits:
            return start, end
        s = self.to_orig_start(start)
        e = self.to_orig_end(end)
        return s, max(s, e)


class Normalizer:
    """Builds ``NormalizedText`` views; holds the language data it needs."""

    def __init__(self) -> None:
        self._visarga_words = _visarga_words()

    def __call__(self, text: str) -> NormalizedText:
        edits: list[Edit] = []
        if _SPLIT_VOWEL_HINT.search(text) is not None:
            norm, edits = _length_changing(text, _TROUBLE_SPLIT_RE)
        elif _TROUBLE_RE.search(text) is not None:
            norm, edits = _length_changing(text, _TROUBLE_RE)
        else:
            norm = text
        norm = _ONE_TO_ONE_RE.sub(_replace_run, norm)
        if "\u0903" in norm:
            norm = _VISARGA_COLON_RE.sub(self._visarga_repl(norm), norm)
        if "|" in norm:
            norm = _PIPE_DANDA_RE.sub("।", norm)
        return NormalizedText(original=text, text=norm, edits=edits)

    def _visarga_repl(self, norm: str) -> Callable[[regex.Match[str]], str]:
        words = self._visarga_words

        def repl(m: regex.Match[str]) -> str:
            w = _WORD_BEFORE_RE.search(norm, max(0, m.start() - 40), m.start())
            word = (w.group(0) if w else "") + "\u0903"
            if word in words or word.endswith("त\u0903") or len(word) <= 2:
                return "\u0903"
            return ":"

        return repl


def _length_changing(text: str, trouble: regex.Pattern[str]) -> tuple[str, list[Edit]]:
    """Drop invisible characters, apply NFC and join split vowels, recording every
    change of length.

    Only the combining sequences around a character that can change are rewritten
    (found by one regex pass), so the work is proportional to the number of such
    places, not to the length of the text."""
    out: list[str] = []
    edits: list[Edit] = []
    last = 0
    norm_len = 0
    n = len(text)
    for m in trouble.finditer(text):
        if m.start() < last:
            continue
        s = m.start()
        lo = max(last, s - _MAX_SEQ)
        while s > lo and _is_mark_or_drop(text[s - 1]):
            s -= 1
        if s > lo and _is_mark_or_drop(text[s]):
            s -= 1  # the base character the marks sit on
        e = m.end()
        hi = min(n, e + _MAX_SEQ)
        while e < hi and _is_mark_or_drop(text[e]):
            e += 1
        piece = text[s:e]
        fixed = unicodedata.normalize("NFC", _DROP_RE.sub("", piece))
        fixed = _SPLIT_VOWEL_RE.sub(_join_vowel, fixed)
        out.append(text[last:s])
        norm_len += s - last
        if len(fixed) != len(piece):
            # the edit covers only what changed ("." + "ाे" → "." + "ो": the "." keeps
            # its own offsets), so spans next to a rewrite map back exactly
            pre, suf = _common_ends(piece, fixed)
            edit = Edit(s + pre, e - suf, norm_len + pre, norm_len + len(fixed) - suf)
            if edits and edits[-1].orig_end == edit.orig_start and edits[-1].norm_end == edit.norm_start:
                prev = edits.pop()
                edit = Edit(prev.orig_start, edit.orig_end, prev.norm_start, edit.norm_end)
            edits.append(edit)
        out.append(fixed)
        norm_len += len(fixed)
        last = e
    out.append(text[last:])
    return "".join(out), edits


def _common_ends(a: str, b: str) -> tuple[int, int]:
    """Lengths of the common prefix and (not overlapping it) common suffix of a and b."""
    n = min(len(a), len(b))
    pre = 0
    while pre < n and a[pre] == b[pre]:
        pre += 1
    suf = 0
    while suf < n - pre and a[-1 - suf] == b[-1 - suf]:
        suf += 1
    return pre, suf


def _join_vowel(m: regex.Match[str]) -> str:
    return _SPLIT_VOWELS[m.group(0)]


def _is_mark_or_drop(ch: str) -> bool:
    return ch in _DROP_CHARS or unicodedata.category(ch)[0] == "M"
