"""Tokens with offsets: words (letters with their vowel signs, nukta and virama),
numbers (with Indian or Western grouping and decimals), and symbols (a run of the same
symbol, such as "..." or "।।", is one token)."""

from __future__ import annotations

import regex

# Letters and marks together, so that vowel signs never split a word; numbers keep
# their grouping (1,00,000 / 16,500 / 3.5 / 15/06/2024).
TOKEN_RE = regex.compile(r"[\p{L}\p{M}]+|\d+(?:[.,/:]\d+)*|(\S)\1*")
_SPAN = type(TOKEN_RE.match("a")).span


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Token spans of ``text[start:end]`` as (start, end) offsets into ``text``."""
    if end is None:
        end = len(text)
    return list(map(_SPAN, TOKEN_RE.finditer(text, start, end)))
