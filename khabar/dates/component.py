"""The ``dates`` pipeline component: date expressions with ISO values."""

from __future__ import annotations

from khabar.dates.finder import DateGrammar, DateHit
from khabar.dates.resolve import is_future, parse_published, resolve
from khabar.doc import Doc
from khabar.record import DateMention

_HITS_KEY = "dates.hits"
_TENSED = frozenset({"day", "weekday"})


def date_hits(doc: Doc, grammar: DateGrammar) -> list[DateHit]:
    """The date hits of ``doc``, found once and shared (the amount finder needs them
    to leave dates and years out of the amounts)."""
    cached = doc.extras.get(_HITS_KEY)
    if cached is not None and cached[0] is doc.text:
        return cached[1]
    hits = grammar.find(doc.text)
    doc.extras[_HITS_KEY] = (doc.text, hits)
    return hits


class DateFinder:
    """Appends a ``DateMention`` for every date expression, resolved against
    ``doc.meta.published`` when it is known."""

    def __init__(self) -> None:
        self.grammar = DateGrammar()

    def __call__(self, doc: Doc) -> None:
        text = doc.text
        pub = parse_published(doc.meta.published)
        for h in date_hits(doc, self.grammar):
            future = h.kind in _TENSED and is_future(text, h.end)
            doc.dates.append(
                DateMention(h.start, h.end, text[h.start : h.end], resolve(h, pub, future))
            )
