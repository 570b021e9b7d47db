"""The working document every pipeline component reads and fills.

All offsets held by a ``Doc`` are offsets into the *normalised* string ``doc.norm.text``;
``Doc.to_article`` maps every span back to the original text when the record is made.
Components append record objects (``Entity``, ``Quote``, ``Amount``, ``DateMention``)
with normalised offsets; they never need to think about the original string.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from khabar.record import (
    Amount,
    Article,
    DateMention,
    Entity,
    Meta,
    Quote,
    Span,
    article_id,
)
from khabar.text.layout import Line
from khabar.text.normalize import NormalizedText


@dataclass(frozen=True)
class Sentence:
    """A sentence in normalised offsets, with its token range and line."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    line: int
    heading: bool


@dataclass
class Doc:
    """The text layer plus what components have found so far."""

    norm: NormalizedText
    meta: Meta
    lines: list[Line]
    sentences: list[Sentence]
    tokens: list[tuple[int, int]]
    dateline: tuple[int, int] | None = None
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)
    token_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        if len(self.token_starts) != len(self.tokens):
            self.token_starts = [s for s, _ in self.tokens]
        self._sent_starts = [s.start for s in self.sentences]

    @property
    def text(self) -> str:
        """The normalised text (what components read)."""
        return self.norm.text

    @property
    def original(self) -> str:
        return self.norm.original

    def token_text(self, i: int) -> str:
        s, e = self.tokens[i]
        return self.norm.text[s:e]

    def words(self, sent: Sentence) -> list[str]:
        t = self.norm.text
        return [t[s:e] for s, e in self.tokens[sent.tok_start : sent.tok_end]]

    def token_index(self, pos: int) -> int:
        """Index of the first token that starts at or after ``pos``."""
        return bisect_left(self.token_starts, pos)

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence containing ``pos`` (or the last one before it)."""
        return max(0, bisect_right(self._sent_starts, pos) - 1)

    @property
    def headings(self) -> list[Line]:
        return [ln for ln in self.lines if ln.kind == "heading"]

    def to_article(self) -> Article:
        """Map everything to original offsets and build the record."""
        orig = self.norm.original
        to = self.norm.to_orig

        def span(s: int, e: int) -> Span:
            a, b = to(s, e)
            return Span(a, b, orig[a:b])

        for ent in self.entities:
            for m in ent.mentions:
                m.start, m.end = to(m.start, m.end)
                m.text = orig[m.start : m.end]
            for r in ent.roles:
                r.start, r.end = to(r.start, r.end)
                r.text = orig[r.start : r.end]
        for q in self.quotes:
            q.start, q.end = to(q.start, q.end)
            q.text = orig[q.start : q.end]
            if q.speaker_start is not None and q.speaker_end is not None:
                q.speaker_start, q.speaker_end = to(q.speaker_start, q.speaker_end)
        for a in self.amounts:
            a.start, a.end = to(a.start, a.end)
            a.text = orig[a.start : a.end]
        for d in self.dates:
            d.start, d.end = to(d.start, d.end)
            d.text = orig[d.start : d.end]
        return Article(
            id=article_id(orig),
            text=orig,
            meta=self.meta,
            dateline=span(*self.dateline) if self.dateline else None,
            headings=[span(ln.start, ln.end) for ln in self.lines if ln.kind == "heading"],
            paragraphs=[span(ln.start, ln.end) for ln in self.lines if ln.kind == "paragraph"],
            sentences=[span(s.start, s.end) for s in self.sentences],
            entities=self.entities,
            quotes=self.quotes,
            amounts=self.amounts,
            dates=self.dates,
        )
