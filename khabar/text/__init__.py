"""The Hindi text layer: normalise, segment into lines and sentences, tokenise."""

from khabar.text.layout import Layout, Line
from khabar.text.normalize import NormalizedText, Normalizer
from khabar.text.segment import Segmenter
from khabar.text.tokenize import tokenize

__all__ = ["Layout", "Line", "NormalizedText", "Normalizer", "Segmenter", "tokenize"]
