"""The ``amounts`` pipeline component."""

from __future__ import annotations

from khabar.amounts.finder import AmountExtractor
from khabar.dates.component import date_hits
from khabar.dates.finder import DateGrammar
from khabar.doc import Doc

# date hits whose numbers are dates, not amounts ("दो दिन पहले" keeps its amount: the
# gold set counts "एक हफ्ते पहले" as 1 week)
_NUMERIC_DATES = frozenset({"numeric", "daymonth", "monthyear", "year"})


class AmountFinder:
    """Appends an ``Amount`` (normalised offsets) for every quantity in the text."""

    def __init__(self) -> None:
        self.extractor = AmountExtractor()
        self.dates = DateGrammar()

    def __call__(self, doc: Doc) -> None:
        exclude = [(h.start, h.end) for h in date_hits(doc, self.dates) if h.kind in _NUMERIC_DATES]
        sentences = [(s.start, s.end) for s in doc.sentences] or None
        doc.amounts.extend(self.extractor.find(doc.text, sentences, exclude))
