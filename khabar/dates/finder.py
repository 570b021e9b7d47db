"""Date expressions in normalised Hindi text, found in one regex pass.

Kinds of hit (``DateHit.kind``):
- ``numeric``: 15/06/2024, 15-06-2024, 15.06.2024, 2024-06-15;
- ``daymonth``: 15 जून, 15 जून 2024, चार मार्च, 14 से 20 अप्रैल (value = first day);
- ``monthyear``: जून 2024; ``month``: अप्रैल में (a month name before a postposition);
- ``year``: 2024 when it reads as a year (वर्ष 2020, 2024 की, 2019-20);
- ``weekday``: शनिवार, पिछले सोमवार, अगले शुक्रवार;
- ``day``: आज, कल, परसों; ``period``: पिछले साल, इस महीने, अगले सप्ताह;
- ``ago``: दो दिन पहले, 10 साल बाद;
- ``dayofmonth``: 26 की सुबह, 25 की देर शाम (a day of the month before a part of the day).
``khabar.dates.resolve`` turns a hit into an ISO value given the publication date.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from khabar.amounts.patterns import AFTER_WORD, BEFORE_WORD, LETTER, norm_form, trie_pattern
from khabar.resources import load_lines, load_table


@dataclass(frozen=True)
class DateHit:
    """A date expression: normalised offsets, kind and the fields read from it."""

    start: int
    end: int
    kind: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    offset: int = 0  # day offset (आज 0, कल 1), modifier (-1/0/+1) or ± count (ago)
    period: str | None = None  # year | month | week | day
    modifier: int | None = None  # weekdays: पिछले -1, इस 0, अगले +1; None if bare


class DateLexicon:
    """Month and weekday names, relative words; loaded once."""

    def __init__(self) -> None:
        self.months = {norm_form(f): int(m) for f, m in load_table("dates/months.tsv")}
        self.weekdays = {norm_form(f): int(d) for f, d in load_table("dates/weekdays.tsv")}
        self.days: dict[str, int] = {}
        self.modifiers: dict[str, int] = {}
        self.periods: dict[str, str] = {}
        self.directions: dict[str, int] = {}
        self.yearwords: list[str] = []
        for row in load_table("dates/relative.tsv"):
            form, kind = norm_form(row[0]), row[1]
            value = row[2] if len(row) > 2 else ""
            if kind == "day":
                self.days[form] = int(value)
            elif kind == "modifier":
                self.modifiers[form] = int(value)
            elif kind == "period":
                self.periods[form] = value
            elif kind == "direction":
                self.directions[form] = int(value)
            elif kind == "yearword":
                self.yearwords.append(form)
        self.year_after = frozenset(norm_form(w) for w in load_lines("dates/year_after.txt"))
        self.not_year_after = [norm_form(w) for w in load_lines("dates/not_year_after.txt")]
        self.day_times = [norm_form(w) for w in load_lines("dates/day_time_after.txt")]
        self.numbers = {norm_form(r[0]): int(r[1]) for r in load_table("amounts/number_words.tsv")}


def _group(name: str, words: list[str]) -> str:
    return f"(?P<{name}>{BEFORE_WORD}(?:{trie_pattern(words)}){AFTER_WORD})"


class DateGrammar:
    """Finds ``DateHit``s; one compiled pattern, linear time."""

    def __init__(self, lex: DateLexicon | None = None) -> None:
        self.lex = lex = lex or DateLexicon()
        day_words = [w for w, v in lex.numbers.items() if 1 <= v <= 31]
        small_words = [w for w, v in lex.numbers.items() if 1 <= v <= 99]
        # a day: one or two digits, no decimal before ("गया.12 सितंबर" is a date)
        D = r"(?<![\d])(?<!\d[.,])\d{1,2}(?![\d.,]\d)"
        day = rf"(?:{D}|{BEFORE_WORD}(?:{trie_pattern(day_words)}){AFTER_WORD})"
        months = f"{BEFORE_WORD}(?:{trie_pattern(lex.months)}){AFTER_WORD}"
        mods = trie_pattern(lex.modifiers)
        periods3 = [p for p, k in lex.periods.items() if k != "day"]
        sp = r"[ \t]+"
        alts = [
            # 15/06/2024, 15-06-24, 15.06.2024
            r"(?P<num>(?<![\d.,/-])\d{1,2}(?P<ns>[./-])\d{1,2}(?P=ns)(?:\d{4}|\d{2})(?![\d]))",
            # 2024-06-15
            r"(?P<iso>(?<![\d.,/-])(?:19|20)\d\d-\d{1,2}-\d{1,2}(?![\d]))",
            # 15 जून 2024, 14 से 20 अप्रैल, चार मार्च
            rf"(?P<dm>(?P<d1>{day})(?:[ \t]*(?:-|से|और|व|,)[ \t]*(?P<d2>{day}))?[ \t]*"
            rf"(?P<dmm>{months})(?:,?[ \t]*(?P<dmy>(?:19|20)\d\d)(?!\d))?)",
            # दो दिन पहले, 10 साल बाद
            rf"(?P<ago>(?P<an>(?<![\d.,])\d{{1,3}}(?![\d.,]\d)|{BEFORE_WORD}(?:{trie_pattern(small_words)}))"
            rf"{sp}(?P<ap>{trie_pattern(lex.periods)}){sp}"
            rf"(?P<ad>{trie_pattern(lex.directions)}){AFTER_WORD})",
            # वर्ष 2020, 2024, 2019-20
            rf"(?P<yr>(?:{BEFORE_WORD}(?P<yw>{trie_pattern(lex.yearwords)})[ \t]*)?"
            rf"(?<![\d/-])(?<!\d[.,])(?P<y>(?:18|19|20)\d\d)(?:-(?:\d\d|(?:18|19|20)\d\d))?(?![\d])(?!,\d))",
            # पिछले सोमवार, शनिवार
            rf"(?P<wk>(?:{BEFORE_WORD}(?P<wm>{mods}){sp})?"
            rf"{BEFORE_WORD}(?P<wd>{trie_pattern(lex.weekdays)}){AFTER_WORD})",
            # पिछले साल, इस महीने, अगले सप्ताह
            rf"(?P<per>{BEFORE_WORD}(?P<pm>{mods}){sp}(?P<pp>{trie_pattern(periods3)}){AFTER_WORD})",
            # जून 2024
            rf"(?P<my>(?P<mym>{months}),?[ \t]*(?P<myy>(?:19|20)\d\d)(?!\d))",
            # अप्रैल में
            rf"(?P<mo>{months})(?=[ \t]+(?:में|से|तक|के|की|का|को|माह|महीने|महीना){AFTER_WORD})",
            # 26 की सुबह, 25 की देर शाम
            rf"(?P<dom>{D})(?=[ \t]+(?:की|को)[ \t]+(?:{trie_pattern(lex.day_times)}){AFTER_WORD})",
            # आज, कल, परसों (not कल-कारखाने)
            rf"(?P<rel>{BEFORE_WORD}(?:{trie_pattern(lex.days)}){AFTER_WORD})(?!-)",
        ]
        # every hit starts at a digit or at the first letter of a known word: a cheap
        # look-ahead rejects all other positions before the alternatives are tried
        firsts = {
            w[0]
            for w in (
                *lex.months,
                *lex.weekdays,
                *lex.days,
                *lex.modifiers,
                *lex.yearwords,
                *small_words,
            )
        }
        first = "".join(sorted(re.escape(c) for c in firsts))
        self.pattern = re.compile(f"(?<![{LETTER}])(?=[\\d{first}])(?:{'|'.join(alts)})")
        self._after_re = re.compile(rf"[ \t]*([{LETTER}.]+|[,।.)\"'\n]|$)")
        self._range_re = re.compile(r"[ \t]*(?:-|से|और|तथा|या|व)[ \t]*\d+(?![\d.,]\d)")
        self._count_re = re.compile(rf"[ \t]+(?:{trie_pattern(lex.not_year_after)}){AFTER_WORD}")

    def find(self, text: str) -> list[DateHit]:
        """All date hits of ``text`` in order."""
        out: list[DateHit] = []
        lex = self.lex
        for m in self.pattern.finditer(text):
            kind = m.lastgroup
            s, e = m.span()
            hit: DateHit | None = None
            if kind == "num":
                hit = _numeric(m.group(0), s, e)
            elif kind == "iso":
                y, mo, d = (int(x) for x in m.group(0).split("-"))
                hit = DateHit(s, e, "numeric", d, mo, y) if _valid(y, mo, d) else None
            elif kind == "dm":
                d1 = _day_value(m.group("d1"), lex)
                mo = lex.months[m.group("dmm")]
                dy = int(m.group("dmy")) if m.group("dmy") else None
                if d1 is not None and _valid(dy or 2000, mo, d1):
                    hit = DateHit(s, e, "daymonth", d1, mo, dy)
            elif kind == "ago":
                n = _day_value(m.group("an"), lex, 999)
                if n is not None:
                    direction = lex.directions[m.group("ad")]
                    period = lex.periods[m.group("ap")]
                    hit = DateHit(s, e, "ago", offset=n * direction, period=period)
            elif kind == "yr":
                if m.group("yw") or self._reads_as_year(text, e, s):
                    ys = m.start("y")
                    hit = DateHit(ys if not m.group("yw") else s, e, "year", year=int(m.group("y")))
            elif kind == "wk":
                mod = lex.modifiers[m.group("wm")] if m.group("wm") else None
                hit = DateHit(s, e, "weekday", weekday=lex.weekdays[m.group("wd")], modifier=mod)
            elif kind == "per":
                hit = DateHit(
                    s,
                    e,
                    "period",
                    offset=lex.modifiers[m.group("pm")],
                    period=lex.periods[m.group("pp")],
                )
            elif kind == "my":
                mo = lex.months[m.group("mym")]
                hit = DateHit(s, e, "monthyear", month=mo, year=int(m.group("myy")))
            elif kind == "mo":
                hit = DateHit(s, e, "month", month=lex.months[m.group("mo")])
            elif kind == "dom":
                d = int(m.group(0))
                hit = DateHit(s, e, "dayofmonth", day=d) if 1 <= d <= 31 else None
            elif kind == "rel":
                hit = DateHit(s, e, "day", offset=lex.days[m.group(0)])
            if hit is not None:
                out.append(hit)
        return out

    def _reads_as_year(self, text: str, end: int, start: int) -> bool:
        """A bare four-digit number is a year before a postposition or punctuation."""
        if start > 0 and text[start - 1] == "-" and start > 1 and text[start - 2].isdigit():
            return False
        if self._count_re.match(text, end):
            return False  # "2000 से अधिक लोग"
        m = self._range_re.match(text, end)
        if m is not None:  # "2010 से 2015 तक" are years, "2000 से 2500 लोग" are not
            return self._year_end(text, m.end())
        return self._year_end(text, end)

    def _year_end(self, text: str, end: int) -> bool:
        m = self._after_re.match(text, end)
        if m is None:
            return False
        w = m.group(1)
        return w == "" or w in self.lex.year_after or w in ",।.)\"'\n"


def _day_value(s: str, lex: DateLexicon, limit: int = 31) -> int | None:
    v = int(s) if s.isdigit() else lex.numbers.get(s)
    return v if v is not None and 1 <= v <= limit else None


def _numeric(s: str, start: int, end: int) -> DateHit | None:
    parts = re.split(r"[./-]", s)
    d, mo, y = int(parts[0]), int(parts[1]), int(parts[2])
    if len(parts[2]) == 2:
        y += 2000 if y <= 50 else 1900
    return DateHit(start, end, "numeric", d, mo, y) if _valid(y, mo, d) else None


def _valid(y: int, mo: int, d: int) -> bool:
    try:
        datetime.date(y, mo, d)
    except ValueError:
        return False
    return True
