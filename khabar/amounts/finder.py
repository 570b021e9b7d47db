"""Amounts in normalised Hindi text: numbers with their units, ranges and approximations.

One compiled ``re`` pass finds every run of number atoms (digits with Indian or Western
grouping, number words, multipliers, fractions, vague plurals, शत before प्रतिशत);
``khabar.amounts.grammar`` composes each run into values; a few anchored look-ups
around each run (never a scan per token) then decide:

- what is not an amount: dates and years (from the date finder), identifiers
  (धारा 144, कोविड-19, N-95), names with numbers (15 सूत्री), times (10 बजे, 10:30),
  "एक" as an article (एक सूची), "दो" as a verb (जाने दो), phone-like digit strings;
- the unit: the noun after the number, possibly past two modifiers (16 इटली के पर्यटक,
  65 छोटे बंदरगाहों), through an approximation (50 से ज्यादा देशों) or a link (हजारों
  की संख्या में लोग); a currency sign before it (₹ 500); what happened to the people
  counted (21 लोगों की मौत = death);
- for a bare number: a noun shortly before it in the clause (मामलों की संख्या बढ़कर
  1965, सीटों पर वोट लाख-दो लाख), the unit of a number it is coordinated with (12 बड़े
  और 65 छोटे बंदरगाहों), else the unit of the previous amount in the same or the
  previous sentence (गुजरात में छह, कर्नाटक में तीन).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from khabar.amounts.grammar import DIGIT, MULT, NUMBER, Atom, Expr, make_atom, parse
from khabar.amounts.lexicon import INHERITABLE, LENDING, NULL, AmountLexicon, Unit
from khabar.amounts.patterns import AFTER_WORD, BEFORE_WORD, LETTER, trie_pattern
from khabar.record import Amount

_DIGITS = (
    r"(?<![" + LETTER + r"\d])(?<!\d\.)"
    r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:,\d\d)+,\d{3}|\d{1,15})(?:\.\d{1,6})?"
    r"(?![" + LETTER + r"\d])"
)
_SEP = r"(?:[ \t]*[-/][ \t]*|[ \t]+(?:से[ \t]+लेकर|से|या)[ \t]+|[ \t]+)"
_WORD = rf"[{LETTER}]+\.?"
_CLAUSE_BREAK = re.compile(r"[,;:।.!?()\"'\n]")
_SENT_RE = re.compile(r"[।!?\n]+|\.(?=\s)")


@dataclass
class _Cand:
    start: int
    end: int
    value: float
    value_max: float | None
    approx: bool
    unit: Unit | None
    bare_ek: bool = False  # "एक" with no unit: an amount only in a list of numbers


def _num(v: float | None) -> float | None:
    if v is None:
        return None
    r = round(v, 6)
    return int(r) if r == int(r) else r


class AmountExtractor:
    """Finds amounts in a normalised text; loads its language data once."""

    def __init__(self, lex: AmountLexicon | None = None) -> None:
        self.lex = lex = lex or AmountLexicon()
        word_atom = f"{BEFORE_WORD}(?:{trie_pattern(lex.atom_words())}){AFTER_WORD}"
        shat = rf"{BEFORE_WORD}शत(?=[ \t]*-?[ \t]*प्रतिशत)"
        atom = f"(?:{_DIGITS}|{word_atom}|{shat})"
        self.atom_re = re.compile(atom)
        self.run_re = re.compile(f"{atom}(?:{_SEP}{atom}){{0,7}}")
        self.prev_word_re = re.compile(rf"({_WORD})[ \t]*$")
        self.next_words_re = re.compile(
            rf"[ \t]*-?[ \t]*({_WORD}|%)(?:[ \t]+({_WORD}))?(?:[ \t]+({_WORD}))?"
        )
        self.pre_re = re.compile(rf"{BEFORE_WORD}(?:{trie_pattern(lex.approx_pre)})[ \t]+$")
        self.cur_re = re.compile(rf"(?<![{LETTER}])(?:{trie_pattern(lex.currency)})[ \t]*$")
        self.post_re = re.compile(rf"[ \t]+(?:{trie_pattern(lex.approx_post)}){AFTER_WORD}")
        self.link_re = re.compile(rf"[ \t]+(?:{trie_pattern(lex.links)}){AFTER_WORD}")
        self.outcome_re = re.compile(rf"[ \t]+({trie_pattern(lex.outcomes)}){AFTER_WORD}")
        self.genitive_re = re.compile(rf"{BEFORE_WORD}({trie_pattern(lex.genitive_before)})[ \t]+$")
        lending = [f for f, u in lex.units.items() if u.cls in LENDING and f != "%"]
        self.back_re = re.compile(f"{BEFORE_WORD}(?:{trie_pattern(lending)}){AFTER_WORD}")
        self.time_re = re.compile(r":\d")

    # -- public ---------------------------------------------------------------

    def find(
        self,
        text: str,
        sentences: list[tuple[int, int]] | None = None,
        exclude: list[tuple[int, int]] | None = None,
    ) -> list[Amount]:
        """Amounts of ``text`` in text order; ``sentences`` are (start, end) spans
        (found here when not given); ``exclude`` spans (dates) hold no amount."""
        if sentences is None:
            sentences = _sentences(text)
        sent_starts = [s for s, _ in sentences]
        ex = sorted(exclude or [])
        ex_starts = [s for s, _ in ex]
        cands: list[_Cand] = []
        for m in self.run_re.finditer(text):
            atoms = self._atoms(text, m.start(), m.end())
            if not atoms:
                continue
            for expr in parse(atoms):
                c = self._candidate(text, atoms, expr, ex, ex_starts)
                if c is not None:
                    if cands and c.start < cands[-1].end:
                        continue
                    cands.append(c)
        self._context(text, cands, sent_starts)
        return [
            Amount(
                c.start,
                c.end,
                _num(c.value),
                text[c.start : c.end],
                _num(c.value_max),
                c.unit.name if c.unit else None,
                c.approx,
            )
            for c in cands
            if not c.bare_ek
        ]

    # -- one run --------------------------------------------------------------

    def _atoms(self, text: str, start: int, end: int) -> list[Atom]:
        atoms: list[Atom] = []
        prev_end = start
        for m in self.atom_re.finditer(text, start):
            if m.start() >= end:
                break
            sep = " ".join(text[prev_end : m.start()].split()) or (" " if atoms else "")
            a = make_atom(self.lex, m.group(0), m.start(), m.end(), sep)
            if a is None:
                return atoms
            atoms.append(a)
            prev_end = m.end()
        return atoms

    def _candidate(
        self,
        text: str,
        atoms: list[Atom],
        expr: Expr,
        ex: list[tuple[int, int]],
        ex_starts: list[int],
    ) -> _Cand | None:
        lex = self.lex
        first, last = atoms[expr.first], atoms[expr.last]
        s, e = first.start, last.end
        if _overlaps(ex, ex_starts, s, e):
            return None
        # identifiers and names: धारा 144, कोविड-19, N-95, "#3"
        if s >= 2 and text[s - 1] in "-#" and re.match(f"[{LETTER}]", text[s - 2]):
            return None
        pw = self.prev_word_re.search(text, max(0, s - 24), s)
        prev_word = pw.group(1) if pw else ""
        if prev_word in lex.identifier_before or prev_word.rstrip(".") in lex.identifier_before:
            return None
        if self.time_re.match(text, e):
            return None
        nw = self.next_words_re.match(text, e)
        words = [w for w in nw.groups() if w] if nw else []
        if words and (words[0] in lex.not_after or words[0].rstrip(".") in lex.not_after):
            return None
        single = expr.first == expr.last and expr.value_max is None
        if single and first.kind == DIGIT and "," not in first.text and len(first.text) >= 10:
            return None  # phone numbers and other long codes
        approx = expr.approx
        unit: Unit | None = None
        pos = e
        # what happened to them, right after the number: "25 की मौत", "छह घायल"
        om = self.outcome_re.match(text, pos)
        if om is not None:
            unit, pos = Unit(lex.outcomes[om.group(1)], "count"), om.end()
        else:
            pm = self.post_re.match(text, pos)
            if pm is not None:
                approx, pos = True, pm.end()
            lm = self.link_re.match(text, pos)
            if lm is not None and expr.approx:
                pos = lm.end()
            unit, unit_end = self._unit_after(text, pos)
            if unit is not None:
                if unit.cls == "human":
                    om = self.outcome_re.match(text, unit_end)
                    if om is not None:
                        unit = Unit(lex.outcomes[om.group(1)], "count")
                pos = unit_end
            elif pm is not None or lm is not None:
                pos = e  # an approximation with nothing counted after it: leave it out
                approx = expr.approx
        end = pos
        start = s
        cm = self.cur_re.search(text, max(0, s - 8), s)
        if cm is not None:
            start = cm.start()
            if unit is None:
                unit = Unit(lex.currency[cm.group(0).strip()], "measure")
        am = self.pre_re.search(text, max(0, start - 24), start)
        if am is not None:
            start, approx = am.start(), True
        if unit is not None and unit.name in {u for _, u in lex.genitive_before.values()}:
            gm = self.genitive_re.search(text, max(0, start - 16), start)
            if gm is not None:
                to, generic = lex.genitive_before[" ".join(gm.group(1).split())]
                if unit.name == generic:
                    unit = Unit(to, "count")
        bare_ek = False
        if single and first.kind == NUMBER and first.value == 1:
            if unit is None:
                bare_ek = True
            elif unit.name == "time":
                return None  # एक बार: "once", not a count
        if single and unit is None:
            if first.kind == MULT:
                return None  # a lone लाख / हजार: "लाख कोशिशों के बावजूद"
            if first.text == "दो" and prev_word.endswith("ने"):
                return None  # "जाने दो": the verb
        return _Cand(start, end, expr.value, expr.value_max, approx, unit, bare_ek)

    def _unit_after(self, text: str, pos: int) -> tuple[Unit | None, int]:
        """The unit noun after ``pos`` (up to two other words before it) and its end."""
        lex = self.lex
        m = self.next_words_re.match(text, pos)
        if m is None:
            return None, pos
        for i in range(1, 4):
            w = m.group(i)
            if w is None:
                break
            u = lex.units.get(w)
            end = m.end(i)
            if u is None and w.endswith("."):
                u, end = lex.units.get(w[:-1]), end - 1
            if u is not None:
                return u, end
            if i == 3 or w in lex.barriers or w.rstrip(".") in lex.barriers or w.endswith("."):
                break
            if w in lex.numbers or w in lex.multipliers or w in lex.not_after:
                break
        return None, pos

    # -- context --------------------------------------------------------------

    def _context(self, text: str, cands: list[_Cand], sent_starts: list[int]) -> None:
        """Units for bare numbers, and "एक" kept only inside lists of numbers."""
        for i, c in enumerate(cands):
            if c.bare_ek:
                c.bare_ek = not self._in_list(text, cands, i)
                if c.bare_ek:
                    continue
            if c.unit is not None:
                continue
            c.unit = (
                self._lookback(text, c, sent_starts)
                or self._coordinated(text, cands, i)
                or self._inherited(cands, i, sent_starts)
            )

    def _in_list(self, text: str, cands: list[_Cand], i: int) -> bool:
        for j in (i - 1, i + 1):
            if 0 <= j < len(cands) and not cands[j].bare_ek:
                a, b = sorted((cands[i], cands[j]), key=lambda c: c.start)
                gap = text[a.end : b.start]
                if len(gap) <= 30 and "\n" not in gap and not re.search("[।.!?]", gap):
                    if "," in gap or re.search(f"{BEFORE_WORD}(?:और|व|तथा){AFTER_WORD}", gap):
                        return True
        return False

    def _lookback(self, text: str, c: _Cand, sent_starts: list[int]) -> Unit | None:
        si = bisect_right(sent_starts, c.start) - 1
        lo = max(sent_starts[si] if si >= 0 else 0, c.start - 60)
        last = None
        for m in self.back_re.finditer(text, lo, c.start):
            last = m
        if last is None:
            return None
        between = text[last.end() : c.start]
        if _CLAUSE_BREAK.search(between) or len(between.split()) > 4:
            return None
        return self.lex.units[last.group(0)]

    def _coordinated(self, text: str, cands: list[_Cand], i: int) -> Unit | None:
        """ "12 बड़े और 65 छोटे बंदरगाहों": the unit of the next number joined by और."""
        if i + 1 >= len(cands):
            return None
        c, d = cands[i], cands[i + 1]
        gap = text[c.end : d.start]
        words = gap.split()
        if d.unit is None or d.unit.cls == NULL or not 1 <= len(words) <= 3:
            return None
        if not any(w in ("और", "व", "तथा", "या", "एवं") for w in words):
            return None
        return d.unit if not _CLAUSE_BREAK.search(gap) else None

    def _inherited(self, cands: list[_Cand], i: int, sent_starts: list[int]) -> Unit | None:
        """The unit of the previous amount in this or the previous sentence."""
        c = cands[i]
        si = bisect_right(sent_starts, c.start) - 1
        lo = sent_starts[si - 1] if si >= 1 else 0
        for j in range(i - 1, -1, -1):
            p = cands[j]
            if p.start < lo:
                break
            if p.bare_ek:
                continue
            if p.unit is not None:
                return p.unit if p.unit.cls in INHERITABLE else None
        return None


def _overlaps(spans: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    i = bisect_right(starts, e - 1) - 1
    return i >= 0 and spans[i][1] > s


def _sentences(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for m in _SENT_RE.finditer(text):
        out.append((pos, m.end()))
        pos = m.end()
    out.append((pos, len(text)))
    return out
