"""Sentence segmentation for Hindi news text (on the normalised string).

Boundaries: "।", "॥", "?", "!" and "." — but not a decimal point (3.5), an
abbreviation (डॉ., श्री., उ.प्र.), an initial (ए.के., J.), or a "." followed by a word
that never opens a sentence (यूपी. के 15 जिलों), and including a full stop glued
to the next word (भागीदारी.इसका) and a number before a stop (2024.). Closing quotes
and brackets after a terminator stay with the sentence. A line break always ends a
sentence. Every step is a single left-to-right pass: linear in the input.
"""

from __future__ import annotations

import regex

from khabar.resources import load_lines

_LINE_RE = regex.compile(r"[^\n\r\u2028\u2029]+")
_TERM_RE = regex.compile(r"[।॥?!]+|\.{2,}|…+|\.")
_WORD_BEFORE_RE = regex.compile(r"[\p{L}\p{M}]+$")
_INITIAL_BEFORE_RE = regex.compile(r"([\p{L}\p{M}]+)\. ?$")
_INITIAL_AFTER_RE = regex.compile(r" ?([\p{L}\p{M}]+)\.")
_WORD_AFTER_RE = regex.compile(r" ?([\p{L}\p{M}]+)(?![\p{L}\p{M}])")
_NAME_THEN_CASE_RE = regex.compile(r" [\p{L}\p{M}]{2,20} (?:ने|का|की|के|को|से|में|पर)(?![\p{L}\p{M}])")
_CLOSERS = "\"')]}»"
_DEVANAGARI_LETTER = regex.compile(r"[\u0900-\u0963\u0971-\u097f]")
_LATIN_UPPER = regex.compile(r"[A-Z]")


class Segmenter:
    """Splits normalised text into sentence spans; holds the abbreviation lists."""

    def __init__(self) -> None:
        self.abbreviations = frozenset(load_lines("text/abbreviations.txt"))
        self.initials = frozenset(load_lines("text/initials.txt"))
        self.sentence_final = frozenset(load_lines("text/sentence_final_words.txt"))
        self.continuing = frozenset(load_lines("text/continuing_words.txt"))

    def lines(self, text: str) -> list[tuple[int, int]]:
        """Non-blank lines as (start, end), surrounding whitespace trimmed."""
        out = []
        for m in _LINE_RE.finditer(text):
            s, e = m.span()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                out.append((s, e))
        return out

    def split_line(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Sentences of one line ``text[start:end]``."""
        out: list[tuple[int, int]] = []
        sent_start = start
        pos = start
        while True:
            m = _TERM_RE.search(text, pos, end)
            if m is None:
                break
            pos = m.end()
            if not self._is_boundary(text, m, start, end):
                continue
            stop = self._absorb_closers(text, m.end(), end, sent_start)
            if stop > sent_start:
                out.append((sent_start, stop))
            sent_start = stop
            while sent_start < end and text[sent_start].isspace():
                sent_start += 1
            pos = max(pos, sent_start)
        if sent_start < end:
            e = end
            while e > sent_start and text[e - 1].isspace():
                e -= 1
            if e > sent_start:
                out.append((sent_start, e))
        return out

    def split(self, text: str) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for s, e in self.lines(text):
            out.extend(self.split_line(text, s, e))
        return out

    def _is_boundary(self, text: str, m: regex.Match[str], line_start: int, line_end: int) -> bool:
        term = m.group(0)
        if term[0] in "।॥?!":
            return True
        if term[0] == "…" or len(term) > 1:
            # an ellipsis ends a sentence only at the end of the line
            return m.end() >= line_end
        s = m.start()
        prev = text[s - 1] if s > line_start else ""
        nxt = text[m.end()] if m.end() < line_end else ""
        if prev.isdigit() and nxt.isdigit():
            return False  # decimal 3.5, date 15.06.2024
        if not prev or prev.isspace():
            return nxt == "" or nxt.isspace()
        w = _WORD_BEFORE_RE.search(text, max(line_start, s - 40), s)
        word = w.group(0) if w else ""
        if word:
            if word in self.abbreviations or self._glued_to_abbreviation(text, w.start(), line_start):
                return False
            if word in self.initials and (
                word not in self.sentence_final
                or self._in_initial_chain(text, w.start(), m.end(), line_end)
            ):
                return False
            if len(word) == 1 and _LATIN_UPPER.match(word):
                return False
        if nxt == " ":
            after = _WORD_AFTER_RE.match(text, m.end(), min(line_end, m.end() + 12))
            if after is not None and after.group(1) in self.continuing:
                return False
        if nxt == "" or nxt.isspace() or nxt in _CLOSERS:
            return True
        if _DEVANAGARI_LETTER.match(nxt):
            # glued full stop (भागीदारी.इसका): only after Devanagari or a number
            return bool(_DEVANAGARI_LETTER.match(prev) or prev.isdigit() or prev in _CLOSERS)
        return False

    def _glued_to_abbreviation(self, text: str, word_start: int, line_start: int) -> bool:
        """True for the second half of an abbreviation written without a space
        (डि.से. for डिग्री सेल्सियस): the word follows "abbreviation." directly."""
        if word_start - 1 <= line_start or text[word_start - 1] != ".":
            return False
        w = _WORD_BEFORE_RE.search(text, max(line_start, word_start - 12), word_start - 1)
        return w is not None and w.group(0) in self.abbreviations

    def _in_initial_chain(self, text: str, word_start: int, after: int, line_end: int) -> bool:
        """True when an initial-like word sits next to another initial (के. जी. बालकृष्ण)."""
        before = _INITIAL_BEFORE_RE.search(text, max(0, word_start - 12), word_start)
        if before and before.group(1) in self.initials:
            return True
        nxt = _INITIAL_AFTER_RE.match(text, after, min(line_end, after + 12))
        if nxt and nxt.group(1) in self.initials:
            return True
        # "जी. उत्तमराजा ने …": a surname followed by a case marker continues the name
        return _NAME_THEN_CASE_RE.match(text, after, min(line_end, after + 40)) is not None

    @staticmethod
    def _absorb_closers(text: str, pos: int, end: int, sent_start: int) -> int:
        """Extend past closing quotes/brackets that belong to the sentence just ended."""
        while pos < end and text[pos] in _CLOSERS:
            c = text[pos]
            if c in "\"'":
                # a straight quote closes if an odd number of them came before it
                if text.count(c, sent_start, pos) % 2 == 0:
                    nxt = text[pos + 1] if pos + 1 < end else ""
                    if nxt and not nxt.isspace() and nxt not in _CLOSERS:
                        break
            pos += 1
        return pos
