"""The tools a user could pick instead, wrapped to return character spans.

They are optional dependencies (``pip install khabar[peers]``): spaCy's rule-based
``blank("hi")`` tokenizer and sentencizer, and indic-nlp-library's normaliser, sentence
splitter and tokenizer. Both work offline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def align(text: str, pieces: list[str]) -> list[tuple[int, int]]:
    """Spans of ``pieces`` found in order in ``text`` (pieces a tool may have altered
    are skipped)."""
    out = []
    pos = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        i = text.find(piece, pos)
        if i < 0:
            continue
        out.append((i, i + len(piece)))
        pos = i + len(piece)
    return out


def indic_sentence_spans(text: str) -> list[tuple[int, int]]:
    from indicnlp.tokenize import sentence_tokenize

    return align(text, sentence_tokenize.sentence_split(text, lang="hi"))


def indic_text_layer() -> Callable[[str], Any]:
    """indic-nlp's normalise + sentence split + tokenise, as one function."""
    from indicnlp.normalize.indic_normalize import IndicNormalizerFactory
    from indicnlp.tokenize import indic_tokenize, sentence_tokenize

    normalizer = IndicNormalizerFactory().get_normalizer("hi")

    def run(text: str) -> list[list[str]]:
        norm = normalizer.normalize(text)
        return [
            indic_tokenize.trivial_tokenize(s, lang="hi")
            for s in sentence_tokenize.sentence_split(norm, lang="hi")
        ]

    return run


def spacy_blank() -> Any:
    import spacy

    nlp = spacy.blank("hi")
    nlp.add_pipe("sentencizer")
    return nlp


def spacy_sentence_spans() -> Callable[[str], list[tuple[int, int]]]:
    nlp = spacy_blank()

    def split(text: str) -> list[tuple[int, int]]:
        return [(s.start_char, s.end_char) for s in nlp(text).sents]

    return split


def spacy_text_layer() -> Callable[[str], Any]:
    """spaCy's blank("hi") tokenizer + sentencizer, as one function."""
    nlp = spacy_blank()

    def run(text: str) -> list[tuple[int, int]]:
        doc = nlp(text)
        return [(t.idx, t.idx + len(t.text)) for t in doc]

    return run
