"""Pairs of quotation marks within a line (after normalisation every mark is " or ').

Double marks pair left to right within their line. Single marks pair only where they
open a word (after a space, a bracket or the line start) and close one (before a space,
punctuation or the line end), so apostrophes (don't, ’70s) pair with nothing.
"""

from __future__ import annotations

import regex

_DOUBLE_RE = regex.compile(r'"')
_SINGLE_OPEN_RE = regex.compile(r"(?:(?<=^|[\s(\[:,;-])')(?=\S)", regex.MULTILINE)
_SINGLE_CLOSE_RE = regex.compile(r"(?<=\S)'(?=$|[\s)\],;:।.?!-])", regex.MULTILINE)


class QuotePairs:
    """Maps each opening mark to its closing mark and back (normalised offsets)."""

    def __init__(self, text: str, lines: list[tuple[int, int]]) -> None:
        self.open_to_close: dict[int, int] = {}
        self.close_to_open: dict[int, int] = {}
        for s, e in lines:
            marks = [m.start() for m in _DOUBLE_RE.finditer(text, s, e)]
            for a, b in zip(marks[0::2], marks[1::2], strict=False):
                self._add(a, b)
            if "'" in text[s:e]:
                self._pair_singles(text, s, e)

    def _add(self, a: int, b: int) -> None:
        if b - a > 1:
            self.open_to_close[a] = b
            self.close_to_open[b] = a

    def _pair_singles(self, text: str, s: int, e: int) -> None:
        opens = [m.start() for m in _SINGLE_OPEN_RE.finditer(text, s, e)]
        closes = [m.start() for m in _SINGLE_CLOSE_RE.finditer(text, s, e)]
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

