"""khabar: turns Hindi news into structured, searchable knowledge.

>>> import khabar
>>> article = khabar.extract("रांची: प्रदेश अध्यक्ष राजेश ठाकुर ने कहा कि काम जारी रहेगा.")
>>> article.dateline.text
'रांची'
"""

from __future__ import annotations

from khabar.pipeline import Pipeline
from khabar.record import SCHEMA, Article, Meta

__version__ = "0.1.0"
__all__ = ["SCHEMA", "Article", "Meta", "Pipeline", "extract"]


def extract(text: str, meta: Meta | dict[str, str | None] | None = None) -> Article:
    """Process one text with a fresh pipeline (use ``Pipeline`` for many texts)."""
    if isinstance(meta, dict):
        meta = Meta(**meta)
    return Pipeline()(text, meta)
