"""Romanised names: Devanagari → the Latin spelling an English-language Indian paper
prints (``Romanizer``), and loose keys that match a user's Latin query to it
(``latin_key``, ``devanagari_key``)."""

from __future__ import annotations

from functools import cache

from khabar.translit.key import latin_key, latin_key_words, latin_word_key
from khabar.translit.romanizer import Romanizer, is_devanagari

__all__ = [
    "Romanizer",
    "default_romanizer",
    "devanagari_key",
    "is_devanagari",
    "latin_key",
    "latin_key_words",
    "latin_word_key",
    "name_key",
]


@cache
def default_romanizer() -> Romanizer:
    """One shared, read-only Romanizer (tables are loaded on first use)."""
    return Romanizer()


def devanagari_key(s: str) -> str:
    """The :func:`latin_key` of a Devanagari name (romanised first)."""
    return latin_key(default_romanizer()(s))


def name_key(s: str) -> str:
    """The matching key of a name in either script: Latin text is keyed as it is,
    Devanagari is romanised first. Index and query with this one function."""
    return devanagari_key(s) if is_devanagari(s) else latin_key(s)
