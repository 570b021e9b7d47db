"""Regex building blocks shared by the amount and date finders.

The hot scans use the standard ``re`` module with explicit character classes (never
``\\w``): with a trie-factored word list it runs about twice as fast as ``regex`` with
``\\p{L}`` here, and every pattern is linear (no nested unbounded repetition).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Letters of words (Devanagari letters and signs, Latin letters): a number word or a
# digit run must not touch one of these.
LETTER = "\u0900-\u0963\u0971-\u097fA-Za-z"
# Devanagari digits are ASCII after normalisation; keep them out of LETTER anyway.
BEFORE_WORD = f"(?<![{LETTER}])"
AFTER_WORD = f"(?![{LETTER}])"


def norm_form(form: str) -> str:
    """A lexicon form in the shape it has in normalised text: NFC, no joiners."""
    return unicodedata.normalize("NFC", form.replace("\u200d", "").replace("\u200c", "")).strip()


def trie_pattern(words: Iterable[str]) -> str:
    """An alternation of ``words`` factored by common prefixes (longest match first).

    The result matches exactly the same strings as ``a|b|c…`` sorted longest first,
    but ``re`` can reject a position after one character instead of trying every word.
    Spaces inside a word match any run of spaces/tabs (``कम से कम``).
    """
    trie: dict[str, dict] = {}
    for w in sorted(set(words)):
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def esc(ch: str) -> str:
        return r"[ \t]+" if ch == " " else re.escape(ch)

    def build(node: dict) -> str:
        end = "" in node
        branches = [esc(ch) + build(sub) for ch, sub in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # longest first: try the continuation, fall back to ending here
        return f"(?:{body})?" if end else body

    return build(trie)


def words_pattern(words: Iterable[str]) -> str:
    """Whole-word alternation of ``words``."""
    return f"{BEFORE_WORD}(?:{trie_pattern(words)}){AFTER_WORD}"
