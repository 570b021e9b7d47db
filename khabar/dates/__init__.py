"""Dates: absolute, weekday and relative date expressions resolved to ISO values."""

from khabar.dates.finder import DateGrammar, DateHit, DateLexicon
from khabar.dates.resolve import is_future, parse_published, resolve

__all__ = ["DateGrammar", "DateHit", "DateLexicon", "is_future", "parse_published", "resolve"]
