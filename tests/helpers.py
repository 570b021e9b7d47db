"""Helpers shared by test modules (fixtures live in conftest.py)."""

from __future__ import annotations

import regex

from khabar.doc import Doc
from khabar.entities.component import EntityRecognizer
from khabar.pipeline import TextLayer
from khabar.quotes.component import QuoteFinder
from khabar.record import Entity, Mention, Quote
from khabar.roles.component import RoleFinder


def make_doc(
    layer: TextLayer, text: str, names: list[tuple[str, str]], last_words: bool = True
) -> Doc:
    """A doc whose entities are the given (name, type) pairs, as the entity recogniser
    would give them: each mention found by exact match (persons also by their last word
    when ``last_words``), earlier names taking overlapping matches first."""
    doc = layer(text)
    taken: list[tuple[int, int]] = []
    for n, (name, typ) in enumerate(names):
        ent = Entity(id=f"e{n}", type=typ, name=name, latin="")
        surname = last_words and typ == "PERSON" and " " in name
        forms = [name] + ([name.split()[-1]] if surname else [])
        for form in forms:
            pat = r"(?<![\p{L}\p{M}])" + regex.escape(form) + r"(?![\p{L}\p{M}])"
            for m in regex.finditer(pat, doc.text):
                if any(m.start() < b and a < m.end() for a, b in taken):
                    continue
                taken.append(m.span())
                ent.mentions.append(Mention(m.start(), m.end(), m.group()))
        ent.mentions.sort(key=lambda m: m.start)
        doc.entities.append(ent)
    return doc


def run_quotes(layer: TextLayer, finder: QuoteFinder, roles: RoleFinder, text: str,
               names: list[tuple[str, str]]) -> Doc:
    """The quotes of ``text`` with the given entities (see ``make_doc``) and their roles."""
    doc = make_doc(layer, text, names)
    roles(doc)
    finder(doc)
    return doc


def speaker_name(doc: Doc, q: Quote) -> str | None:
    """The name of the entity a quote is attributed to, if any."""
    ent = next((e for e in doc.entities if e.id == q.speaker), None)
    return ent.name if ent else None


def quote_text(doc: Doc, q: Quote) -> str:
    return doc.text[q.start : q.end]


def statements(doc: Doc) -> list[tuple[str, str | None, str | None]]:
    """(quote text, verb, speaker name) of every quote, in order."""
    return [(quote_text(doc, q), q.verb, speaker_name(doc, q)) for q in doc.quotes]


def run_entities(rec: EntityRecognizer, layer: TextLayer, text: str) -> Doc:
    """The doc of ``text`` after the entity recogniser, every mention checked to be the
    text at its offsets."""
    doc = layer(text)
    rec(doc)
    for e in doc.entities:
        for m in e.mentions:
            assert doc.text[m.start : m.end] == m.text
    return doc
