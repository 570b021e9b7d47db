"""The Hindi number grammar: from a run of number atoms to values.

An *atom* is one number word or digit group ("16,500", "दो", "लाख", "साढ़े", "हजारों",
"शत"); atoms are joined by separators (" ", "-", "से", "या", "/"). ``parse`` turns a
run into expressions:

- composition with Indian multipliers: "एक करोड़ तीस लाख" = 13,000,000, "90 हजार 893"
  = 90,893, "दो लाख करोड़" = 2e12, "दो सौ पांच" = 205;
- fractions: "डेढ़ लाख" = 150,000, "साढ़े तीन सौ" = 350, "सवा लाख" = 125,000,
  "पौने दो सौ" = 175;
- ranges: "10-12", "दो से तीन", "लाख-दो लाख", "10-12 लाख" (the multiplier of the
  second side applies to a bare first side); "एक-एक" / "दो-दो" is one value;
- vague plurals ("हजारों") are single approximate expressions.
A run that does not compose ("2 3", "हजार हजार") is split into several expressions.
"""

from __future__ import annotations

from dataclasses import dataclass

from khabar.amounts.lexicon import AmountLexicon

DIGIT, NUMBER, MULT, FRAC, VAGUE, SHAT = "digit", "number", "mult", "frac", "vague", "shat"
RANGE_SEPS = frozenset({"-", "से", "या", "/", "से लेकर"})


@dataclass(frozen=True)
class Atom:
    start: int
    end: int
    kind: str
    value: float
    op: str = ""  # fractions: value | add | sub
    sep: str = ""  # separator before this atom ("" for the first)
    text: str = ""


@dataclass
class Expr:
    """One number expression over atoms[first:last+1]."""

    first: int
    last: int
    value: float
    value_max: float | None = None
    approx: bool = False
    has_mult: bool = False
    lead_scale: float = 1.0
    words_only: bool = True


def digit_value(s: str) -> float | None:
    """Value of a digit group with Indian/Western grouping and decimals; None if the
    grouping is not a valid one."""
    whole, _, frac = s.partition(".")
    if "," in whole:
        groups = whole.split(",")
        last = groups[-1]
        middle = groups[1:-1]
        if len(last) != 3 or not 1 <= len(groups[0]) <= 3:
            return None
        if not (all(len(g) == 2 for g in middle) or all(len(g) == 3 for g in middle)):
            return None
        whole = "".join(groups)
    if not whole.isdigit() or len(whole) > 15:
        return None
    v = float(int(whole))
    if frac:
        v += float("0." + frac[:6])
    return v


def make_atom(lex: AmountLexicon, text: str, start: int, end: int, sep: str) -> Atom | None:
    """Classify one atom's text (already known to match the atom pattern)."""
    if text[0].isdigit():
        v = digit_value(text.replace(" ", ""))
        return None if v is None else Atom(start, end, DIGIT, v, sep=sep, text=text)
    if text in lex.numbers:
        return Atom(start, end, NUMBER, float(lex.numbers[text]), sep=sep, text=text)
    if text in lex.collectives:
        return Atom(start, end, NUMBER, float(lex.collectives[text]), sep=sep, text=text)
    if text in lex.multipliers:
        return Atom(start, end, MULT, lex.multipliers[text], sep=sep, text=text)
    if text in lex.fractions:
        f = lex.fractions[text]
        return Atom(start, end, FRAC, f.value, op=f.op, sep=sep, text=text)
    if text in lex.vague:
        return Atom(start, end, VAGUE, lex.vague[text], sep=sep, text=text)
    if text == "शत":
        return Atom(start, end, SHAT, 100.0, sep=sep, text=text)
    return None


class _Term:
    """Composition state of one term (a run joined by spaces only). ``add`` checks
    everything before it changes the state, so a refused atom leaves it intact."""

    def __init__(self, first: int) -> None:
        self.first = first
        self.last = first
        self.total = 0.0  # closed groups (… लाख, … हजार)
        self.cur = 0.0  # the open group
        self.have_cur = False
        self.last_mult = float("inf")  # the last large multiplier
        self.after_small = False  # the open group ends in सौ / दर्जन
        self.pending: Atom | None = None  # सवा / साढ़े / पौने waiting for a number
        self.bases = 0
        self.has_mult = False
        self.lead_scale = 1.0  # multipliers right after the first number
        self.words_only = True
        self.vague = False
        self.closed = False  # vague / शत: nothing may follow

    def add(self, i: int, a: Atom) -> bool:
        """Extend the term with atom ``a`` (index ``i``); False if it cannot."""
        if self.closed:
            return False
        if a.kind in (VAGUE, SHAT):
            if i != self.first:
                return False
            self.cur, self.have_cur, self.closed = a.value, True, True
            self.vague = a.kind == VAGUE
            self.last = i
            return True
        if a.kind == FRAC and a.op in ("add", "sub"):
            if self.have_cur or self.pending is not None:
                return False
            self.pending = a
            self.last = i
            return True
        if a.kind == MULT:
            return self._mult(i, a)
        return self._base(i, a)

    def _base(self, i: int, a: Atom) -> bool:
        v = a.value
        if self.pending is not None:
            if a.kind == FRAC:
                return False
            v = v + self.pending.value if self.pending.op == "add" else v - self.pending.value
        if self.after_small:
            if v >= 100 or self.cur % 100:
                return False
            cur = self.cur + v
        elif self.have_cur or (self.total and v >= self.last_mult):
            return False  # "2 3", "लाख 2,00,000"
        else:
            cur = v
        self.cur, self.have_cur, self.after_small, self.pending = cur, True, False, None
        self.bases += 1
        self.words_only = self.words_only and a.kind != DIGIT
        self.last = i
        return True

    def _mult(self, i: int, a: Atom) -> bool:
        m = a.value
        cur, have = self.cur, self.have_cur
        if self.pending is not None:
            p = self.pending
            cur, have = (1 + p.value if p.op == "add" else 1 - p.value), True
        if m < 1000:  # सौ, दर्जन: multiply the open group
            if self.after_small or (self.total and not have):
                return False
            self.cur, self.have_cur, self.after_small = (cur if have else 1.0) * m, True, True
        else:
            if self.total:
                if m >= self.last_mult and have:
                    return False  # "दो लाख तीन लाख", "दो हजार तीन लाख": two numbers
                if m > self.last_mult:
                    total = self.total * m  # "दो लाख करोड़"
                elif have:
                    total = self.total + cur * m  # "एक करोड़ तीस लाख"
                else:
                    return False  # "करोड़ लाख"
            else:
                total = (cur if have else 1.0) * m
            self.total, self.cur, self.have_cur, self.after_small = total, 0.0, False, False
            self.last_mult = m
        self.pending = None
        if self.bases <= 1:
            self.lead_scale *= m
        self.has_mult = True
        self.last = i
        return True

    def value(self) -> float:
        return self.total + (self.cur if self.have_cur else 0.0)

    def expr(self) -> Expr:
        last = self.last - 1 if self.pending is not None else self.last
        return Expr(
            self.first,
            last,
            self.value(),
            approx=self.vague,
            has_mult=self.has_mult,
            lead_scale=self.lead_scale,
            words_only=self.words_only,
        )


def _terms(atoms: list[Atom]) -> list[tuple[Expr, str]]:
    """Split atoms into composed terms; each with the separator before it."""
    out: list[tuple[Expr, str]] = []
    term: _Term | None = None
    for i, a in enumerate(atoms):
        if term is not None and a.sep == " " and term.add(i, a):
            continue
        if term is not None and (term.pending is None or term.last != term.first):
            out.append((term.expr(), atoms[term.first].sep))
        term = _Term(i)
        if not term.add(i, a):
            term = None
    if term is not None and (term.pending is None or term.last != term.first):
        out.append((term.expr(), atoms[term.first].sep))
    return [(e, sep) for e, sep in out if e.last >= e.first]


def parse(atoms: list[Atom]) -> list[Expr]:
    """Expressions of a run of atoms, ranges and reduplications joined."""
    if len(atoms) == 1:
        return parse_one(atoms[0])
    return parse_run(atoms)


def parse_one(a: Atom) -> list[Expr]:
    """The expression of a run of one atom (most runs): what ``parse_run`` gives, without
    its composition state."""
    if a.kind == FRAC and a.op in ("add", "sub"):
        return []  # a lone सवा / साढ़े: nothing to apply it to
    if a.kind == MULT:
        return [Expr(0, 0, a.value, has_mult=True, lead_scale=a.value)]
    return [Expr(0, 0, a.value, approx=a.kind == VAGUE, words_only=a.kind != DIGIT)]


def parse_run(atoms: list[Atom]) -> list[Expr]:
    """``parse`` by composition (any number of atoms)."""
    terms = _terms(atoms)
    out: list[Expr] = []
    i = 0
    while i < len(terms):
        e, _ = terms[i]
        if i + 1 < len(terms):
            f, sep = terms[i + 1]
            joined = _join(e, f, sep, atoms)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
            if sep in ("-", "/") and not (e.words_only or f.words_only):
                i += 2  # "4-2", "24/7": a score or a code, not two amounts
                continue
        out.append(e)
        i += 1
    return out


def _join(e: Expr, f: Expr, sep: str, atoms: list[Atom]) -> Expr | None:
    """A range or reduplication of two adjacent terms, or None."""
    if sep not in RANGE_SEPS or e.approx or f.approx or f.first != e.last + 1:
        return None
    if sep == "/" and not (atoms[e.last].kind == DIGIT and atoms[f.first].kind == DIGIT):
        return None
    a, b = e.value, f.value
    if not e.has_mult and f.has_mult:
        a = a * f.lead_scale
    joined = Expr(
        e.first,
        f.last,
        a,
        has_mult=e.has_mult or f.has_mult,
        lead_scale=f.lead_scale,
        words_only=e.words_only and f.words_only,
    )
    if a == b and sep == "-":
        return joined  # एक-एक, दो-दो: one value, distributive
    if a < b:
        joined.value_max = b
        return joined
    return None
