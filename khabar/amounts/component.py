"""The ``amounts`` pipeline component."""

from __future__ import annotations

from collections.abc import Sequence
from typing import overload

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
        starts = _SentenceStarts(doc) if doc.sentences else None
        doc.amounts.extend(self.extractor.find(doc.text, starts, exclude))


class _SentenceStarts(Sequence[int]):
    """The sentence start offsets of a doc, read in place (no copy of a long list)."""

    def __init__(self, doc: Doc) -> None:
        self.sentences = doc.sentences

    def __len__(self) -> int:
        return len(self.sentences)

    @overload
    def __getitem__(self, i: int) -> int: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[int]: ...
    def __getitem__(self, i: int | slice) -> int | Sequence[int]:
        if isinstance(i, slice):
            return [s.start for s in self.sentences[i]]
        return self.sentences[i].start
