"""The ``amounts`` pipeline component."""

from __future__ import annotations

from collections.abc import Sequence
from typing import overload

from khabar.amounts.finder import AmountExtractor
from khabar.dates.component import date_hits
from khabar.dates.finder import DateGrammar
from khabar.doc import Doc
from khabar.record import Amount

# date hits whose numbers are dates, not amounts ("दो दिन पहले" keeps its amount: the
# gold set counts "एक हफ्ते पहले" as 1 week)
MAX_AGE = 120
_NUMERIC_DATES = frozenset({"numeric", "daymonth", "monthyear", "year", "dayofmonth"})


class AmountFinder:
    """Appends an ``Amount`` (normalised offsets) for every quantity in the text."""

    def __init__(self) -> None:
        self.extractor = AmountExtractor()
        self.dates = DateGrammar()

    def __call__(self, doc: Doc) -> None:
        exclude = [(h.start, h.end) for h in date_hits(doc, self.dates) if h.kind in _NUMERIC_DATES]
        starts = _SentenceStarts(doc) if doc.sentences else None
        amounts = self.extractor.find(doc.text, starts, exclude)
        _ages_after_names(doc, amounts)
        doc.amounts.extend(amounts)


def _ages_after_names(doc: Doc, amounts: list[Amount]) -> None:
    """A bare number in brackets right after a person's name is an age: "निशा सेजवाल
    (19), जार्ज सांचेज (22)" = 19 and 22 years, whatever unit the words before it lent
    ("हादसे में अमित (19)")."""
    text = doc.text
    bare = [
        a
        for a in amounts
        if a.text.isdigit()
        and a.value_max is None
        and a.value is not None
        and a.value == int(a.value)
        and 0 < a.value <= MAX_AGE
        and a.start >= 2
        and text[a.start - 1] == "("
        and text[a.end : a.end + 1] == ")"
    ]
    if not bare:
        return
    person_ends = {m.end for e in doc.entities if e.type == "PERSON" for m in e.mentions}
    for a in bare:
        k = a.start - 1
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        if k in person_ends:
            a.unit = "year"


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
