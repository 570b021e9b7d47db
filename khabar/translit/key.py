"""A loose matching key for romanised names.

Two spellings of the same name should get the same key: ``Manzoor Ansari`` and
``manjur ansari``, ``Lakshmi`` and ``Laxmi``, ``Mohammed`` and ``Mohammad`` do not all
meet (vowel quality is kept), but case, spacing, vowel length (aa/a, ee/i, oo/u),
aspiration (th/t, kh/k, bh/b …), z/j, w/v, ph/f, sh/s, q/k, x/ks, c/k, doubled letters,
nasal m/n before a consonant and a trailing a or h are all folded away. The key is a
search key, not a spelling: it is meant to be compared, never shown.
"""

from __future__ import annotations

import unicodedata

import regex

from khabar.resources import load_table

_WORD_RE = regex.compile(r"[a-z0-9]+")
# applied in order to every word (lower case, ASCII)
_REWRITES: tuple[tuple[str, str], ...] = (
    (r"x", "ks"),
    (r"ph", "f"),
    (r"ck", "k"),
    (r"q", "k"),
    (r"w", "v"),
    (r"z", "j"),
    (r"c(?!h)", "k"),
    (r"([kgcjtdpbsr])h", r"\1"),  # aspiration and sh/ch digraphs
    (r"ee|ii", "i"),
    (r"oo|uu|ou", "u"),
    (r"aa", "a"),
    (r"ey$|ay$", "e"),
    (r"(?<=[^aeiou])y$", "i"),
    (r"([a-z])\1+", r"\1"),
    (r"m(?=[pbkgctdjsfv])", "n"),
    (r"(?<=[aeiou])h$", ""),
    (r"(?<=..)a$", ""),
)
_COMPILED = tuple((regex.compile(p), r) for p, r in _REWRITES)
_ALIASES: dict[str, str] = {
    row[0].lower(): row[1].lower() for row in load_table("translit/key_aliases.tsv") if len(row) >= 2
}


def _ascii_lower(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def latin_word_key(word: str) -> str:
    """The key of one Latin word (lower case ASCII letters and digits)."""
    w = _ALIASES.get(word, word)
    for pat, rep in _COMPILED:
        w = pat.sub(rep, w)
    return w


def latin_key_words(s: str) -> list[str]:
    """The keys of the words of a Latin name, in order (for matching part of a name)."""
    return [latin_word_key(w) for w in _WORD_RE.findall(_ascii_lower(s))]


def latin_key(s: str) -> str:
    """A loose key of a Latin name: equal for common spelling variants of the name."""
    return "".join(latin_key_words(s))
