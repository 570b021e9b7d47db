"""The pipeline: the text layer, then components over one ``Doc``, then the record.

A ``Pipeline`` loads its language data and models once and processes many texts::

    nlp = Pipeline()
    for article in nlp.pipe(texts):
        print(article.to_json())

Components run in the order of ``COMPONENTS``; each is a callable ``(doc) -> None``
that adds what it finds to the ``Doc``.
"""

from __future__ import annotations

import importlib
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol

from khabar.doc import Doc, Sentence
from khabar.record import Article, Meta
from khabar.text import Layout, Line, Normalizer, Segmenter, tokenize


class Component(Protocol):
    def __call__(self, doc: Doc) -> None: ...


# name -> "module:factory"; the factory takes no arguments and returns a Component.
COMPONENTS: dict[str, str] = {
    "entities": "khabar.entities.component:EntityRecognizer",
    "roles": "khabar.roles.component:RoleFinder",  # after entities
    "amounts": "khabar.amounts.component:AmountFinder",
    "dates": "khabar.dates.component:DateFinder",
    "quotes": "khabar.quotes.component:QuoteFinder",  # last: reads entities, roles, amounts
}


class TextLayer:
    """Normalise, find lines/headings/dateline, split sentences, tokenise."""

    def __init__(self) -> None:
        self.normalizer = Normalizer()
        self.segmenter = Segmenter()
        self.layout = Layout()

    def __call__(self, text: str, meta: Meta | None = None) -> Doc:
        norm = self.normalizer(text)
        t = norm.text
        lines = self.layout.classify(t, self.segmenter.lines(t))
        dateline = self.layout.dateline(t, lines)
        if dateline is not None and lines[dateline.line].kind == "heading":
            ln = lines[dateline.line]
            lines[dateline.line] = Line(ln.start, ln.end, "dateline")
        tokens = tokenize(t)
        starts = [a for a, _ in tokens]
        sentences: list[Sentence] = []
        for li, line in enumerate(lines):
            start = line.start
            if dateline is not None and dateline.line == li:
                start = dateline.body_start  # the dateline is not part of a sentence
            for s, e in self.segmenter.split_line(t, start, line.end):
                first = bisect_left(starts, s)
                last = bisect_left(starts, e, first)
                sentences.append(Sentence(s, e, first, last, li, line.kind == "heading"))
        return Doc(
            norm=norm,
            meta=meta or Meta(),
            lines=lines,
            sentences=sentences,
            tokens=tokens,
            dateline=(dateline.start, dateline.end) if dateline else None,
            token_starts=starts,
        )


class Pipeline:
    """Loads everything once; turns texts into ``Article`` records."""

    def __init__(self, components: Sequence[str] | None = None) -> None:
        names = list(COMPONENTS) if components is None else list(components)
        unknown = [n for n in names if n not in COMPONENTS]
        if unknown:
            raise ValueError(f"unknown component(s): {', '.join(unknown)}")
        self.text_layer = TextLayer()
        self.component_names = names
        self.components: list[Component] = [_load(COMPONENTS[n]) for n in names]

    def make_doc(self, text: str, meta: Meta | None = None) -> Doc:
        doc = self.text_layer(text, meta)
        for component in self.components:
            component(doc)
        return doc

    def __call__(self, text: str, meta: Meta | None = None) -> Article:
        return self.make_doc(text, meta).to_article()

    def pipe(self, texts: Iterable[str | tuple[str, Meta | None]]) -> Iterator[Article]:
        for item in texts:
            if isinstance(item, tuple):
                yield self(item[0], item[1])
            else:
                yield self(item)


def _load(spec: str) -> Component:
    module, _, factory = spec.partition(":")
    return getattr(importlib.import_module(module), factory)()
