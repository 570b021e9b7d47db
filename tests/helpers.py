"""Helpers shared by test modules (fixtures live in conftest.py)."""

from __future__ import annotations

import regex

from khabar.doc import Doc
from khabar.pipeline import TextLayer
from khabar.record import Entity, Mention


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
