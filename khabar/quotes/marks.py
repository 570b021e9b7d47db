"""Pairs of quotation marks within a line (after normalisation every mark is " or ').

Double marks (" and a doubled apostrophe '') pair left to right within their line. Single marks pair only where they
open a word (after a space, a bracket or the line start) and close one (before a space,
punctuation or the line end), so apostrophes (don't, ’70s) pair with nothing. Single
marks standing alone between spaces (agency copy: "ने कहा , ' C। ' यह …") pair left to
right among themselves.
"""

from __future__ import annotations

import regex

_DOUBLE_RE = regex.compile(r"\"|''")
_SINGLE_OPEN_RE = regex.compile(r"(?:(?<=^|[\s(\[:,;-])')(?=\S)", regex.MULTILINE)
_SINGLE_CLOSE_RE = regex.compile(r"(?<=\S)'(?=$|[\s)\],;:।.?!-])", regex.MULTILINE)
_SINGLE_LONE_RE = regex.compile(r"(?<=^|\s)'(?=\s|$)", regex.MULTILINE)


class QuotePairs:
    """Maps each opening mark to its closing mark and back (normalised offsets)."""

    def __init__(self, text: str, lines: list[tuple[int, int]]) -> None:
        self.open_to_close: dict[int, int] = {}
        self.close_to_open: dict[int, int] = {}
        self.width: dict[int, int] = {}  # characters of a mark longer than one ('')
        for s, e in lines:
            found = list(_DOUBLE_RE.finditer(text, s, e))
            for m in found:
                if m.end() - m.start() > 1:
                    self.width[m.start()] = m.end() - m.start()
            marks = [m.start() for m in found]
            for a, b in zip(marks[0::2], marks[1::2], strict=False):
                self._add(a, b)
            if "'" in text[s:e]:
                self._pair_singles(text, s, e)

    def after_open(self, a: int) -> int:
        """Where the quoted text starts after the opening mark at ``a``."""
        return a + self.width.get(a, 1)

    def _add(self, a: int, b: int) -> None:
        if b - a > self.width.get(a, 1):
            self.open_to_close[a] = b
            self.close_to_open[b] = a

    def _pair_singles(self, text: str, s: int, e: int) -> None:
        def single(x: int) -> bool:  # not half of a doubled mark
            return x not in self.width and x - 1 not in self.width

        opens = [m.start() for m in _SINGLE_OPEN_RE.finditer(text, s, e) if single(m.start())]
        closes = [m.start() for m in _SINGLE_CLOSE_RE.finditer(text, s, e) if single(m.start())]
        ci = 0
        last_close = -1
        for a in opens:
            if a <= last_close:
                continue
            while ci < len(closes) and closes[ci] <= a:
                ci += 1
            if ci == len(closes):
                break
            b = closes[ci]
            if a not in self.close_to_open and b not in self.open_to_close:
                self._add(a, b)
            last_close = b
            ci += 1
        lone = [m.start() for m in _SINGLE_LONE_RE.finditer(text, s, e) if single(m.start())]
        lone = [x for x in lone if x not in self.open_to_close and x not in self.close_to_open]
        for a, b in zip(lone[0::2], lone[1::2], strict=False):
            if not any(a < x < b for x in self.open_to_close):
                self._add(a, b)

