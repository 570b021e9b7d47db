"""Line structure of a news article: headings, paragraphs and the dateline.

A heading is a short line that does not end in a full stop (a headline, a
sub-heading, or a "quote: speaker" line). Every other line is a paragraph. The
dateline is the place (and agency or date) that opens the first paragraph:
"रांची:", "नई दिल्ली, एएनआइ ।", "रांची / …", "पटना :", "लखनऊ (ब्यूरो)।".
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from khabar.resources import load_lines

_END_TERMINATOR_RE = regex.compile(r"[।॥.?!…][\"')\]]*$")
_INNER_STOP_RE = regex.compile(r"[।॥]|[.?!](?=\s)")
_WORD_RE = regex.compile(r"\S+")

_DATELINE_RE = regex.compile(
    r"""
    (?P<place>[\p{L}\p{M}]{2,}(?:[ ][\p{L}\p{M}]{2,}){0,2})   # one to three words
    (?P<extra>
        (?:[ ]?,[ ]?[^\s:।|/,()][^:।|/\n()]{0,30}?)?            # , agency / date
        (?:[ ]?\([^()\n]{1,30}\))?                            # (agency)
    )
    [ ]?(?P<sep>:|।|\|[ ]|/[ ]|-[ ])
    """,
    regex.VERBOSE,
)

MAX_HEADING_WORDS = 25
MAX_HEADING_CHARS = 220


@dataclass(frozen=True)
class Line:
    """A non-blank line, in normalised offsets; ``kind`` is heading or paragraph."""

    start: int
    end: int
    kind: str


class Layout:
    """Classifies lines and finds the dateline."""

    def __init__(self) -> None:
        self.not_places = frozenset(load_lines("text/dateline_stopwords.txt"))

    def classify(self, text: str, lines: list[tuple[int, int]]) -> list[Line]:
        out = []
        for s, e in lines:
            out.append(Line(s, e, "heading" if self.is_heading(text, s, e) else "paragraph"))
        if len(out) == 1 and out[0].kind == "heading":
            # a text of one line is a paragraph, not a headline without a story
            out[0] = Line(out[0].start, out[0].end, "paragraph")
        return out

    @staticmethod
    def is_heading(text: str, start: int, end: int) -> bool:
        if end - start > MAX_HEADING_CHARS:
            return False
        line = text[start:end]
        if _END_TERMINATOR_RE.search(line):
            return False
        if _INNER_STOP_RE.search(line):
            return False
        return len(_WORD_RE.findall(line)) <= MAX_HEADING_WORDS

    def dateline(self, text: str, lines: list[Line]) -> tuple[int, int] | None:
        """Span of the dateline (without its separator) in the first paragraph."""
        first = next((ln for ln in lines if ln.kind == "paragraph"), None)
        if first is None:
            return None
        m = _DATELINE_RE.match(text, first.start, min(first.end, first.start + 80))
        if m is None:
            return None
        words = m.group("place").split()
        if any(w in self.not_places for w in words):
            return None
        rest = text[m.end() : first.end].strip()
        if len(rest) < 10:
            return None
        end = m.start("sep")
        while end > m.start() and text[end - 1] == " ":
            end -= 1
        return m.start(), end
