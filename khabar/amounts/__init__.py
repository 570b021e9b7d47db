"""Amounts: numbers claimed in the text, with values in base units, ranges and units."""

from khabar.amounts.finder import AmountExtractor
from khabar.amounts.lexicon import AmountLexicon

__all__ = ["AmountExtractor", "AmountLexicon"]
