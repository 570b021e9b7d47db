"""Continuation sentences: the same speaker goes on without a reporting verb.

After a quote that runs to the end of its sentence, each following sentence of the
same paragraph continues it unless it

- opens with a narration cue (बता दें कि, गौरतलब है, इस दौरान …: continuation.tsv),
- carries an attribution of its own (a reporting verb, "के मुताबिक", a quote),
- has a named person as the subject of "ने" other than the speaker (narration of
  someone else's actions), or
- ends in the plain past (… था / थे / थी), the reporter's background,

and a sentence with a statement cue (first person हम/मैं, चाहिए, future and modal
forms, यही वजह है, इसका तात्पर्य …) always continues. The run stops at the first
sentence that does not continue, at a heading, and at the end of the paragraph.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from khabar.doc import Doc, Sentence
from khabar.quotes.aliases import EntityAliases
from khabar.quotes.detect import Candidate
from khabar.quotes.lexicon import QuoteLexicon, norm_word
from khabar.quotes.marks import QuotePairs
from khabar.quotes.speaker import EntityIndex

_PAST_END_RE = regex.compile(r"(?<![\p{L}\p{M}])(?:था|थे|थी|थीं)[ \t]*[।॥.!?\"')]*[ \t]*$")
_NEGATED_RE = regex.compile(r"(?<![\p{L}\p{M}])(?:नहीं|न|ना)[ \t]+$")
_WORD_RE = regex.compile(r"[\p{L}\p{M}]+")
MIN_QUOTED_WORDS = 4
_LETTER_RE = regex.compile(r"[\p{L}\p{N}]")
MAX_RUN = 12  # continuation sentences after one explicit quote
# in a paragraph of many sentences (a story without paragraph breaks), a run of
# continuations without a statement cue stops after one sentence
LONG_PARAGRAPH = 14
MAX_RUN_LONG = 1


class ContinuationFinder:
    def __init__(self, lexicon: QuoteLexicon) -> None:
        self.lex = lexicon

    def __call__(
        self,
        doc: Doc,
        quotes: list[Candidate],
        index: EntityIndex,
        verb_hits: list[tuple[int, int, str]],
        pairs: QuotePairs,
        aliases: EntityAliases | None = None,
    ) -> list[Candidate]:
        """``verb_hits``: the reporting forms found in the text (start, end, form);
        ``pairs``: the quotation marks. Also reads quoted sentences with no attribution
        of their own after a quote (in the paragraph, or opening the next paragraph of
        the section) as the same speaker's direct quote."""
        verb_starts = [h[0] for h in verb_hits]
        by_sentence: dict[int, list[Candidate]] = {}
        busy: set[int] = set()  # sentences holding a statement or an attribution
        for q in quotes:
            s0 = doc.sentence_index(q.start)
            s1 = doc.sentence_index(max(q.start, q.end - 1))
            for si in range(s0, s1 + 1):
                busy.add(si)
            by_sentence.setdefault(s1, []).append(q)
            busy.add(doc.sentence_index(q.anchor))
        line_sizes = [0] * len(doc.lines)
        for sent in doc.sentences:
            line_sizes[sent.line] += 1
        out: list[Candidate] = []
        open_q: Candidate | None = None
        run = 0
        depth = 0  # open brackets in the paragraph so far
        prev_line = -1
        carry: Candidate | None = None  # the quote that ended the previous paragraph
        skip_until = -1  # end of a quoted stretch already taken
        for si, sent in enumerate(doc.sentences):
            first_of_line = sent.line != prev_line
            if first_of_line or sent.heading:
                carry = open_q if first_of_line and not sent.heading else None
                open_q = None
                prev_line = sent.line
                depth = 0
            if sent.start < skip_until:
                continue
            if doc.text[sent.start] == "(" or depth > 0:
                open_q = None  # an aside in brackets (a note, a link) is not the speaker's
            opened = doc.text.count("(", sent.start, sent.end)
            depth = max(0, depth + opened - doc.text.count(")", sent.start, sent.end))
            if si in busy:
                open_q = self._opener(doc, sent, by_sentence.get(si, []))
                run = 0
                continue
            quoted = self._quoted(doc, sent, pairs)
            source = open_q or (carry if first_of_line else None)
            if quoted is not None and source is not None:
                s, e = quoted
                c = self._follow(source, "direct", s, e, sent.line)
                out.append(c)
                open_q = c
                skip_until = e
                continue
            limit = MAX_RUN if line_sizes[sent.line] <= LONG_PARAGRAPH else MAX_RUN_LONG
            if open_q is None or not self.continues(doc, sent, open_q, index, verb_starts, aliases) or (
                run >= limit and not self.lex.statement_re.search(doc.text, sent.start, sent.end)
            ):
                open_q = None
                continue
            s, e = _trim(doc.text, sent.start, sent.end)
            if e - s < 2 or not _LETTER_RE.search(doc.text, s, e):
                open_q = None
                continue
            c = self._follow(open_q, "continuation", s, e, sent.line)
            out.append(c)
            open_q = c
            run += 1
        return out

    @staticmethod
    def _follow(q: Candidate, kind: str, s: int, e: int, line: int) -> Candidate:
        """A statement that goes on with ``q``'s speaker."""
        return Candidate(
            kind,
            s,
            e,
            None,
            q.speaker,
            s,
            line,
            5,
            entity=q.entity,
            speaker_text=None if q.entity is not None else q.speaker_text,
        )

    @staticmethod
    def _quoted(doc: Doc, sent: Sentence, pairs: QuotePairs) -> tuple[int, int] | None:
        """The inside of a pair of quotation marks that opens the sentence and holds a
        statement (four words or more), if any."""
        t = doc.text
        a = sent.start
        while a < sent.end and t[a] in " \t":
            a += 1
        close = pairs.open_to_close.get(a)
        if close is None:
            return None
        # the marks hold the whole sentence (a title in marks followed by words is not)
        last = doc.sentences[doc.sentence_index(close)]
        if _WORD_RE.search(t, close + 1, max(close + 1, last.end)):
            return None
        s, e = _trim(t, a + 1, close)
        if len(_WORD_RE.findall(t, s, e)) < MIN_QUOTED_WORDS:
            return None
        return s, e

    @staticmethod
    def _opener(doc: Doc, sent: Sentence, ending_here: list[Candidate]) -> Candidate | None:
        """The outermost quote that runs to the end of this sentence."""
        _s, e = _trim(doc.text, sent.start, sent.end)
        best = None
        for q in ending_here:
            if q.outer is not None or q.kind == "headline" or q.end < e - 1:
                continue
            if best is None or q.start < best.start:
                best = q
        return best

    def continues(
        self,
        doc: Doc,
        sent: Sentence,
        q: Candidate,
        index: EntityIndex,
        verb_starts: list[int],
        aliases: EntityAliases | None = None,
    ) -> bool:
        t = doc.text
        if self.lex.narration_re.match(t, sent.start, sent.end):
            return False
        if self.lex.attribution_matcher.finditer(t, sent.start, sent.end):
            return False
        k = bisect_left(verb_starts, sent.start)
        while k < len(verb_starts) and verb_starts[k] < sent.end:
            v = verb_starts[k]
            if not _NEGATED_RE.search(t, max(sent.start, v - 12), v):
                return False  # a reporting verb of its own (not "ऐसा कुछ नहीं कहा")
            k += 1
        if self._other_agent(doc, sent, q, index, aliases):
            return False
        if self.lex.statement_re.search(t, sent.start, sent.end):
            return True
        if _PAST_END_RE.search(t, sent.start, sent.end):
            return False
        return True

    @staticmethod
    def _other_agent(
        doc: Doc, sent: Sentence, q: Candidate, index: EntityIndex, aliases: EntityAliases | None
    ) -> bool:
        """The sentence is about someone rather than said by the speaker: it names the
        speaker (speakers do not name themselves), opens with a person's name, or has a
        named person other than the speaker acting ("X ने …")."""
        t = doc.text
        for s, e, ent in index.overlapping(sent.start, sent.end):
            if ent is q.entity or (aliases is not None and aliases.same(ent, q.entity)):
                return True
            if ent.type != "PERSON":
                continue
            if doc.token_index(s) - sent.tok_start <= 1:
                return True
            k = doc.token_index(e)
            if k < sent.tok_end and norm_word(t[doc.tokens[k][0] : doc.tokens[k][1]]) == "ने":
                return True
        return False


def _trim(t: str, s: int, e: int) -> tuple[int, int]:
    while s < e and t[s] in " \t":
        s += 1
    while e > s and t[e - 1] in " \t।॥.\"'":
        e -= 1
    return s, e
